Grailbird.data.tweets_2017_03 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dee Dee",
      "screen_name" : "smileyddee2",
      "indices" : [ 0, 12 ],
      "id_str" : "1607337488",
      "id" : 1607337488
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "847821797357694976",
  "geo" : { },
  "id_str" : "847906097084203009",
  "in_reply_to_user_id" : 1607337488,
  "text" : "@smileyddee2 Thank you kindly :-)\nMichael presents a view I've not encountered before and I'm always interested to hear fresh perspectives.",
  "id" : 847906097084203009,
  "in_reply_to_status_id" : 847821797357694976,
  "created_at" : "2017-03-31 20:19:01 +0000",
  "in_reply_to_screen_name" : "smileyddee2",
  "in_reply_to_user_id_str" : "1607337488",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Michael Dunlea NBCT",
      "screen_name" : "MichaelJDunlea",
      "indices" : [ 0, 15 ],
      "id_str" : "336035298",
      "id" : 336035298
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 129, 152 ],
      "url" : "https:\/\/t.co\/Sd9USTs8O1",
      "expanded_url" : "https:\/\/theconversation.com\/help-us-restore-trust-in-experts-73059",
      "display_url" : "theconversation.com\/help-us-restor\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "847617873656795137",
  "geo" : { },
  "id_str" : "847905636927111168",
  "in_reply_to_user_id" : 336035298,
  "text" : "@MichaelJDunlea Hi Michael. That's an interesting take, but do you worry at all about current associations w\/ the word 'expert?' https:\/\/t.co\/Sd9USTs8O1",
  "id" : 847905636927111168,
  "in_reply_to_status_id" : 847617873656795137,
  "created_at" : "2017-03-31 20:17:11 +0000",
  "in_reply_to_screen_name" : "MichaelJDunlea",
  "in_reply_to_user_id_str" : "336035298",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dee Dee",
      "screen_name" : "smileyddee2",
      "indices" : [ 0, 12 ],
      "id_str" : "1607337488",
      "id" : 1607337488
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "847457927233290240",
  "geo" : { },
  "id_str" : "847458481892343808",
  "in_reply_to_user_id" : 1607337488,
  "text" : "@smileyddee2 Not yet, but I'll keep you posted if I do :-)",
  "id" : 847458481892343808,
  "in_reply_to_status_id" : 847457927233290240,
  "created_at" : "2017-03-30 14:40:21 +0000",
  "in_reply_to_screen_name" : "smileyddee2",
  "in_reply_to_user_id_str" : "1607337488",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brad Weinstein",
      "screen_name" : "WeinsteinEdu",
      "indices" : [ 0, 13 ],
      "id_str" : "3285838345",
      "id" : 3285838345
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 71, 83 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "847252231007031296",
  "geo" : { },
  "id_str" : "847331912188178433",
  "in_reply_to_user_id" : 3285838345,
  "text" : "@WeinsteinEdu HI Brad. Could I ask in what ways it has made you better #4MyResearch? Thanks :-)",
  "id" : 847331912188178433,
  "in_reply_to_status_id" : 847252231007031296,
  "created_at" : "2017-03-30 06:17:25 +0000",
  "in_reply_to_screen_name" : "WeinsteinEdu",
  "in_reply_to_user_id_str" : "3285838345",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "12daystwitter",
      "indices" : [ 39, 53 ]
    }, {
      "text" : "cpdin140",
      "indices" : [ 123, 132 ]
    } ],
    "urls" : [ {
      "indices" : [ 99, 122 ],
      "url" : "https:\/\/t.co\/JvLILoegFS",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/29\/ghost-of-christmas-past\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/29\/gho\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "847053414685138947",
  "text" : "It's almost April, so is pondering the #12daystwitter hashtag invoking 'Ghosts of Christmas Past?' https:\/\/t.co\/JvLILoegFS #cpdin140",
  "id" : 847053414685138947,
  "created_at" : "2017-03-29 11:50:46 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "eduvoxers",
      "indices" : [ 14, 24 ]
    }, {
      "text" : "4MyResearch",
      "indices" : [ 90, 102 ]
    } ],
    "urls" : [ {
      "indices" : [ 104, 127 ],
      "url" : "https:\/\/t.co\/d8PNCwQ0Tz",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/about\/participant-information-anchor\/",
      "display_url" : "cpdin140.wordpress.com\/about\/particip\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "846984965443244032",
  "text" : "Wonder if any #eduvoxers could spare 1 or 2 mins to answer 1 or 2 questions about Twitter #4MyResearch? https:\/\/t.co\/d8PNCwQ0Tz",
  "id" : 846984965443244032,
  "created_at" : "2017-03-29 07:18:46 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 14, 29 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 37, 60 ],
      "url" : "https:\/\/t.co\/IfPzueIj4T",
      "expanded_url" : "https:\/\/youtu.be\/gfRu-kvm2lw",
      "display_url" : "youtu.be\/gfRu-kvm2lw"
    } ]
  },
  "in_reply_to_status_id_str" : "846979283914575873",
  "geo" : { },
  "id_str" : "846980919349198852",
  "in_reply_to_user_id" : 2599453764,
  "text" : "This might be @mrchrisjbailey today:\nhttps:\/\/t.co\/IfPzueIj4T",
  "id" : 846980919349198852,
  "in_reply_to_status_id" : 846979283914575873,
  "created_at" : "2017-03-29 07:02:41 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "846977812921815041",
  "geo" : { },
  "id_str" : "846978617267671041",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey Ah the life of a jetsetter ...\u2708\uFE0F\uD83D\uDE84",
  "id" : 846978617267671041,
  "in_reply_to_status_id" : 846977812921815041,
  "created_at" : "2017-03-29 06:53:33 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "846965883062964224",
  "geo" : { },
  "id_str" : "846977659468943365",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey Back in Blighty?",
  "id" : 846977659468943365,
  "in_reply_to_status_id" : 846965883062964224,
  "created_at" : "2017-03-29 06:49:44 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "846965883062964224",
  "geo" : { },
  "id_str" : "846977615705575426",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey Indeed!\nI have Mark's posts come through Feedly, but the update the other day poleaxed the app, so I've missed this.\nThanks",
  "id" : 846977615705575426,
  "in_reply_to_status_id" : 846965883062964224,
  "created_at" : "2017-03-29 06:49:34 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jim Al-Khalili",
      "screen_name" : "jimalkhalili",
      "indices" : [ 48, 61 ],
      "id_str" : "104786280",
      "id" : 104786280
    }, {
      "name" : "Brian Cox",
      "screen_name" : "ProfBrianCox",
      "indices" : [ 89, 102 ],
      "id_str" : "17939037",
      "id" : 17939037
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "BBC",
      "indices" : [ 37, 41 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "846861689031180288",
  "text" : "Quote from tonight's PhysFest on the #BBC; from @jimalkhalili - \"BOOM. Science\" \nTrumped @ProfBrianCox 's butterfly!",
  "id" : 846861689031180288,
  "created_at" : "2017-03-28 23:08:55 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kerri Thompson",
      "screen_name" : "kerriattamatea",
      "indices" : [ 0, 15 ],
      "id_str" : "2615089189",
      "id" : 2615089189
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "BFC630NZ",
      "indices" : [ 97, 106 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "846796203853430785",
  "geo" : { },
  "id_str" : "846800953139499011",
  "in_reply_to_user_id" : 2615089189,
  "text" : "@kerriattamatea Thanks Kerri. Would love to hear your views, and those of any other friends from #BFC630NZ :-)",
  "id" : 846800953139499011,
  "in_reply_to_status_id" : 846796203853430785,
  "created_at" : "2017-03-28 19:07:34 +0000",
  "in_reply_to_screen_name" : "kerriattamatea",
  "in_reply_to_user_id_str" : "2615089189",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 91, 103 ]
    } ],
    "urls" : [ {
      "indices" : [ 121, 144 ],
      "url" : "https:\/\/t.co\/d8PNCwQ0Tz",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/about\/participant-information-anchor\/",
      "display_url" : "cpdin140.wordpress.com\/about\/particip\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "846795892397133825",
  "text" : "If you're on Voxer &amp; can spare a minute or 2 to answer a question (or 2) about Twitter #4MyResearch, I'd be grateful https:\/\/t.co\/d8PNCwQ0Tz",
  "id" : 846795892397133825,
  "created_at" : "2017-03-28 18:47:28 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "mike mcsharry",
      "screen_name" : "mikemcsharry",
      "indices" : [ 0, 13 ],
      "id_str" : "131200656",
      "id" : 131200656
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 88, 100 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "806164021921587200",
  "geo" : { },
  "id_str" : "846686911976607744",
  "in_reply_to_user_id" : 131200656,
  "text" : "@mikemcsharry Wait a minute; he gets everywhere!\nScanning the tweets from 12DaysTwitter #4MyResearch and look who makes an appearance!",
  "id" : 846686911976607744,
  "in_reply_to_status_id" : 806164021921587200,
  "created_at" : "2017-03-28 11:34:25 +0000",
  "in_reply_to_screen_name" : "mikemcsharry",
  "in_reply_to_user_id_str" : "131200656",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 117, 140 ],
      "url" : "https:\/\/t.co\/xYX91Ssimc",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/11\/time-to-drop-anchor-already\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/11\/tim\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "846458312338132994",
  "text" : "If you're on Voxer and could spare a couple of moments to answer a question about 'lurking' I'd love 2 hear from you https:\/\/t.co\/xYX91Ssimc",
  "id" : 846458312338132994,
  "created_at" : "2017-03-27 20:26:02 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 94, 117 ],
      "url" : "https:\/\/t.co\/U2Vw9jmaLa",
      "expanded_url" : "https:\/\/youtu.be\/lnCRckXhkNo",
      "display_url" : "youtu.be\/lnCRckXhkNo"
    } ]
  },
  "geo" : { },
  "id_str" : "846264181385039872",
  "text" : "Even though I taught biomechanics within sports science for a while, we never analysed ballet https:\/\/t.co\/U2Vw9jmaLa Shame on me!",
  "id" : 846264181385039872,
  "created_at" : "2017-03-27 07:34:38 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845963674762252289",
  "geo" : { },
  "id_str" : "846060972271915009",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston Oh I'm pretty sure it will John.Once you attend closely to how it exerts influence, you can begin to see how it does either.",
  "id" : 846060972271915009,
  "in_reply_to_status_id" : 845963674762252289,
  "created_at" : "2017-03-26 18:07:09 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Anna Beck",
      "screen_name" : "anna_d_beck",
      "indices" : [ 0, 12 ],
      "id_str" : "99997215",
      "id" : 99997215
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "846029617265868801",
  "geo" : { },
  "id_str" : "846040867135770625",
  "in_reply_to_user_id" : 99997215,
  "text" : "@anna_d_beck I'd go with WordPress",
  "id" : 846040867135770625,
  "in_reply_to_status_id" : 846029617265868801,
  "created_at" : "2017-03-26 16:47:16 +0000",
  "in_reply_to_screen_name" : "anna_d_beck",
  "in_reply_to_user_id_str" : "99997215",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ANTheory",
      "indices" : [ 14, 23 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845929251731914754",
  "geo" : { },
  "id_str" : "845934491931754496",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston #ANTheory's hard!\uD83E\uDD14",
  "id" : 845934491931754496,
  "in_reply_to_status_id" : 845929251731914754,
  "created_at" : "2017-03-26 09:44:34 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845929251731914754",
  "geo" : { },
  "id_str" : "845933979568082944",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston 2\/2... co-constituted with the materiality. A shift from \"acquiring knowledge representations to participating wisely in situ\"",
  "id" : 845933979568082944,
  "in_reply_to_status_id" : 845929251731914754,
  "created_at" : "2017-03-26 09:42:32 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845929251731914754",
  "geo" : { },
  "id_str" : "845933065163681793",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston I'm currently wrestling with how learning in this environment is more than a merely cognitive or social endeavour, but ...1\/2",
  "id" : 845933065163681793,
  "in_reply_to_status_id" : 845929251731914754,
  "created_at" : "2017-03-26 09:38:54 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845929251731914754",
  "geo" : { },
  "id_str" : "845932645875941376",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston Clearly very different to the 'full fat' experience!\nI wonder what that would do to the learning that many people describe?",
  "id" : 845932645875941376,
  "in_reply_to_status_id" : 845929251731914754,
  "created_at" : "2017-03-26 09:37:14 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Belinda",
      "screen_name" : "btalonia",
      "indices" : [ 0, 9 ],
      "id_str" : "2316630872",
      "id" : 2316630872
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845863357236285440",
  "geo" : { },
  "id_str" : "845894422944460801",
  "in_reply_to_user_id" : 2316630872,
  "text" : "@btalonia The 'Before and After' format in that graphic really helps to sum things up Belinda. Thanks once more :-)",
  "id" : 845894422944460801,
  "in_reply_to_status_id" : 845863357236285440,
  "created_at" : "2017-03-26 07:05:21 +0000",
  "in_reply_to_screen_name" : "btalonia",
  "in_reply_to_user_id_str" : "2316630872",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 60, 83 ],
      "url" : "https:\/\/t.co\/5kakxTwtY5",
      "expanded_url" : "http:\/\/davecormier.com\/edblog\/2008\/06\/03\/rhizomatic-education-community-as-curriculum\/",
      "display_url" : "davecormier.com\/edblog\/2008\/06\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "845729823096016896",
  "geo" : { },
  "id_str" : "845732645841616905",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke So you don't hold with 'Rhizomatic Education?' https:\/\/t.co\/5kakxTwtY5",
  "id" : 845732645841616905,
  "in_reply_to_status_id" : 845729823096016896,
  "created_at" : "2017-03-25 20:22:30 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845234721722433537",
  "geo" : { },
  "id_str" : "845717026857533440",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke And I wonder what these findings say about connectivist environments in which the community is the curriculum?",
  "id" : 845717026857533440,
  "in_reply_to_status_id" : 845234721722433537,
  "created_at" : "2017-03-25 19:20:26 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845607453626634240",
  "geo" : { },
  "id_str" : "845716607762620416",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke A couple of disparate thoughts spring 2 mind. Apart from visibility, how diff is passivity in online learning compared w\/ off?",
  "id" : 845716607762620416,
  "in_reply_to_status_id" : 845607453626634240,
  "created_at" : "2017-03-25 19:18:46 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Belinda",
      "screen_name" : "btalonia",
      "indices" : [ 0, 9 ],
      "id_str" : "2316630872",
      "id" : 2316630872
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845688366188249089",
  "geo" : { },
  "id_str" : "845714410752610304",
  "in_reply_to_user_id" : 2316630872,
  "text" : "@btalonia Thanks so much for those insights Belinda. Really appreciate you taking the time to respond \uD83D\uDC4D\uD83D\uDC4D",
  "id" : 845714410752610304,
  "in_reply_to_status_id" : 845688366188249089,
  "created_at" : "2017-03-25 19:10:02 +0000",
  "in_reply_to_screen_name" : "btalonia",
  "in_reply_to_user_id_str" : "2316630872",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Belinda",
      "screen_name" : "btalonia",
      "indices" : [ 0, 9 ],
      "id_str" : "2316630872",
      "id" : 2316630872
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845415586163126273",
  "geo" : { },
  "id_str" : "845530452026953728",
  "in_reply_to_user_id" : 2316630872,
  "text" : "@btalonia Thanks Belinda. Could you say a little more about the benefits of a larger PLN and the impact that has on your work?",
  "id" : 845530452026953728,
  "in_reply_to_status_id" : 845415586163126273,
  "created_at" : "2017-03-25 06:59:03 +0000",
  "in_reply_to_screen_name" : "btalonia",
  "in_reply_to_user_id_str" : "2316630872",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 3, 16 ],
      "id_str" : "7484192",
      "id" : 7484192
    }, {
      "name" : "Universe",
      "screen_name" : "onuniverse",
      "indices" : [ 62, 73 ],
      "id_str" : "2830380518",
      "id" : 2830380518
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "845524944897429505",
  "text" : "RT @johnjohnston: A Universe in your pocket &lt;- blog post - @onuniverse is the simplest way to make a web site on yr iPhone I've seen.  http\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/#!\/download\/ipad\" rel=\"nofollow\"\u003ETwitter for iPad\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Universe",
        "screen_name" : "onuniverse",
        "indices" : [ 44, 55 ],
        "id_str" : "2830380518",
        "id" : 2830380518
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 120, 143 ],
        "url" : "https:\/\/t.co\/cTJk9c97Ej",
        "expanded_url" : "http:\/\/johnjohnston.info\/blog\/a-universe-in-your-pocket\/",
        "display_url" : "johnjohnston.info\/blog\/a-univers\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "845522037053493248",
    "text" : "A Universe in your pocket &lt;- blog post - @onuniverse is the simplest way to make a web site on yr iPhone I've seen.  https:\/\/t.co\/cTJk9c97Ej",
    "id" : 845522037053493248,
    "created_at" : "2017-03-25 06:25:37 +0000",
    "user" : {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "protected" : false,
      "id_str" : "7484192",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/764409646526427136\/wENlgXJ3_normal.jpg",
      "id" : 7484192,
      "verified" : false
    }
  },
  "id" : 845524944897429505,
  "created_at" : "2017-03-25 06:37:10 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Belinda",
      "screen_name" : "btalonia",
      "indices" : [ 0, 9 ],
      "id_str" : "2316630872",
      "id" : 2316630872
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 64, 76 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "845043540409270272",
  "geo" : { },
  "id_str" : "845376421497327619",
  "in_reply_to_user_id" : 2316630872,
  "text" : "@btalonia Hi Belinda. Could I ask 'life changing' in what ways? #4MyResearch Thanks",
  "id" : 845376421497327619,
  "in_reply_to_status_id" : 845043540409270272,
  "created_at" : "2017-03-24 20:46:59 +0000",
  "in_reply_to_screen_name" : "btalonia",
  "in_reply_to_user_id_str" : "2316630872",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Karen Wespieser",
      "screen_name" : "KarenWespieser",
      "indices" : [ 3, 18 ],
      "id_str" : "793511288",
      "id" : 793511288
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "845013825124532224",
  "text" : "RT @KarenWespieser: As a researcher, I always feel compelled to answer surveys etc because I know how hard it can be to get research partic\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "UKEdResChat",
        "indices" : [ 126, 138 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "845010009951940608",
    "text" : "As a researcher, I always feel compelled to answer surveys etc because I know how hard it can be to get research participants #UKEdResChat",
    "id" : 845010009951940608,
    "created_at" : "2017-03-23 20:31:00 +0000",
    "user" : {
      "name" : "Karen Wespieser",
      "screen_name" : "KarenWespieser",
      "protected" : false,
      "id_str" : "793511288",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/2876897537\/8eafd8972d670401b0dec2affae0bd89_normal.jpeg",
      "id" : 793511288,
      "verified" : false
    }
  },
  "id" : 845013825124532224,
  "created_at" : "2017-03-23 20:46:10 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Curtis Jessop",
      "screen_name" : "CurtisJessop",
      "indices" : [ 3, 16 ],
      "id_str" : "334820375",
      "id" : 334820375
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "nsmnss",
      "indices" : [ 115, 122 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "844968796167294976",
  "text" : "RT @CurtisJessop: Who Tweets in the UK? Profiling the Twitter population using the British Social Attitudes Survey #nsmnss https:\/\/t.co\/QNE\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "nsmnss",
        "indices" : [ 97, 104 ]
      } ],
      "urls" : [ {
        "indices" : [ 105, 128 ],
        "url" : "https:\/\/t.co\/QNELxf480Z",
        "expanded_url" : "http:\/\/journals.sagepub.com\/doi\/full\/10.1177\/2056305117698981#.WNQGwBqFUeI.twitter",
        "display_url" : "journals.sagepub.com\/doi\/full\/10.11\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "844965429546307584",
    "text" : "Who Tweets in the UK? Profiling the Twitter population using the British Social Attitudes Survey #nsmnss https:\/\/t.co\/QNELxf480Z",
    "id" : 844965429546307584,
    "created_at" : "2017-03-23 17:33:51 +0000",
    "user" : {
      "name" : "Curtis Jessop",
      "screen_name" : "CurtisJessop",
      "protected" : false,
      "id_str" : "334820375",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/658287564047130624\/kJNem-oY_normal.jpg",
      "id" : 334820375,
      "verified" : false
    }
  },
  "id" : 844968796167294976,
  "created_at" : "2017-03-23 17:47:14 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sussex TEL",
      "screen_name" : "SussexTEL",
      "indices" : [ 3, 13 ],
      "id_str" : "2303300455",
      "id" : 2303300455
    }, {
      "name" : "Alan Levine \u2620",
      "screen_name" : "cogdog",
      "indices" : [ 62, 69 ],
      "id_str" : "740343",
      "id" : 740343
    }, {
      "name" : "The Chronicle",
      "screen_name" : "chronicle",
      "indices" : [ 111, 121 ],
      "id_str" : "12413032",
      "id" : 12413032
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 83, 106 ],
      "url" : "https:\/\/t.co\/bPKy7lHE57",
      "expanded_url" : "https:\/\/shar.es\/1UBvUN",
      "display_url" : "shar.es\/1UBvUN"
    } ]
  },
  "geo" : { },
  "id_str" : "844529321687568385",
  "text" : "RT @SussexTEL: How to Simplify Flickr Photo Attribution (with @cogdog bookmarklet. https:\/\/t.co\/bPKy7lHE57 via @chronicle https:\/\/t.co\/sSpQ\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/www.hootsuite.com\" rel=\"nofollow\"\u003EHootsuite\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Alan Levine \u2620",
        "screen_name" : "cogdog",
        "indices" : [ 47, 54 ],
        "id_str" : "740343",
        "id" : 740343
      }, {
        "name" : "The Chronicle",
        "screen_name" : "chronicle",
        "indices" : [ 96, 106 ],
        "id_str" : "12413032",
        "id" : 12413032
      } ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/SussexTEL\/status\/844520344371236864\/photo\/1",
        "indices" : [ 107, 130 ],
        "url" : "https:\/\/t.co\/sSpQOG4Jiw",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/C7hWxquX0AABI6L.jpg",
        "id_str" : "844520341414334464",
        "id" : 844520341414334464,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7hWxquX0AABI6L.jpg",
        "sizes" : [ {
          "h" : 485,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 485,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 485,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 485,
          "resize" : "fit",
          "w" : 680
        } ],
        "display_url" : "pic.twitter.com\/sSpQOG4Jiw"
      } ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 68, 91 ],
        "url" : "https:\/\/t.co\/bPKy7lHE57",
        "expanded_url" : "https:\/\/shar.es\/1UBvUN",
        "display_url" : "shar.es\/1UBvUN"
      } ]
    },
    "geo" : { },
    "id_str" : "844520344371236864",
    "text" : "How to Simplify Flickr Photo Attribution (with @cogdog bookmarklet. https:\/\/t.co\/bPKy7lHE57 via @chronicle https:\/\/t.co\/sSpQOG4Jiw",
    "id" : 844520344371236864,
    "created_at" : "2017-03-22 12:05:15 +0000",
    "user" : {
      "name" : "Sussex TEL",
      "screen_name" : "SussexTEL",
      "protected" : false,
      "id_str" : "2303300455",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/708248689559642113\/tfHZOS4f_normal.jpg",
      "id" : 2303300455,
      "verified" : false
    }
  },
  "id" : 844529321687568385,
  "created_at" : "2017-03-22 12:40:55 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jeffrey Farley",
      "screen_name" : "FarleyJeffrey",
      "indices" : [ 0, 14 ],
      "id_str" : "920036845",
      "id" : 920036845
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 111, 123 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844348780229070848",
  "geo" : { },
  "id_str" : "844478394200981504",
  "in_reply_to_user_id" : 920036845,
  "text" : "@FarleyJeffrey Hi Jeffrey. Could I ask what's causing the blurring? Is it by choice, or coming from elsewhere? #4MyResearch Thanks.",
  "id" : 844478394200981504,
  "in_reply_to_status_id" : 844348780229070848,
  "created_at" : "2017-03-22 09:18:33 +0000",
  "in_reply_to_screen_name" : "FarleyJeffrey",
  "in_reply_to_user_id_str" : "920036845",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 91, 114 ],
      "url" : "https:\/\/t.co\/SNnSSEEEc5",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/22\/silent-majority\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/22\/sil\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "844277503879471106",
  "geo" : { },
  "id_str" : "844452157088784384",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Maybe. Maybe not. Perhaps we might be looking in the wrong place ... or time! https:\/\/t.co\/SNnSSEEEc5",
  "id" : 844452157088784384,
  "in_reply_to_status_id" : 844277503879471106,
  "created_at" : "2017-03-22 07:34:18 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844275344811134976",
  "geo" : { },
  "id_str" : "844276714876362752",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke That would be good; I'd be interested to hear.",
  "id" : 844276714876362752,
  "in_reply_to_status_id" : 844275344811134976,
  "created_at" : "2017-03-21 19:57:09 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844141390481276928",
  "geo" : { },
  "id_str" : "844269459821019136",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Sorry Martina. Have been in a Uni session today.",
  "id" : 844269459821019136,
  "in_reply_to_status_id" : 844141390481276928,
  "created_at" : "2017-03-21 19:28:19 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844108570887143425",
  "geo" : { },
  "id_str" : "844269220884111360",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke But I think there's more to it than that. I feel a post on the way ...",
  "id" : 844269220884111360,
  "in_reply_to_status_id" : 844108570887143425,
  "created_at" : "2017-03-21 19:27:22 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ANTheory",
      "indices" : [ 138, 147 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844108570887143425",
  "geo" : { },
  "id_str" : "844268888846188545",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Oops! ... point Martina. Maybe, no action means they're not actors &amp; therefore defy attempts to describe\/interpret them? #ANTheory",
  "id" : 844268888846188545,
  "in_reply_to_status_id" : 844108570887143425,
  "created_at" : "2017-03-21 19:26:03 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "844108570887143425",
  "geo" : { },
  "id_str" : "844267880447442944",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke A very important point",
  "id" : 844267880447442944,
  "in_reply_to_status_id" : 844108570887143425,
  "created_at" : "2017-03-21 19:22:03 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ANTheory",
      "indices" : [ 49, 58 ]
    } ],
    "urls" : [ {
      "indices" : [ 25, 48 ],
      "url" : "https:\/\/t.co\/IfvMDEaVIE",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/20\/deconstructing-a-tweet\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/20\/dec\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "843918185225211905",
  "text" : "'Deconstructing a tweet' https:\/\/t.co\/IfvMDEaVIE #ANTheory",
  "id" : 843918185225211905,
  "created_at" : "2017-03-20 20:12:29 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jaap Bosman",
      "screen_name" : "JaapSoft",
      "indices" : [ 0, 9 ],
      "id_str" : "17039585",
      "id" : 17039585
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843908949292257280",
  "geo" : { },
  "id_str" : "843911845140488193",
  "in_reply_to_user_id" : 17039585,
  "text" : "@JaapSoft Ah, bedankt. Dan als ik naar Nederland komen in het voorjaar, zal ik het proberen.",
  "id" : 843911845140488193,
  "in_reply_to_status_id" : 843908949292257280,
  "created_at" : "2017-03-20 19:47:17 +0000",
  "in_reply_to_screen_name" : "JaapSoft",
  "in_reply_to_user_id_str" : "17039585",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Crystal Dilworth PhD",
      "screen_name" : "PolycrystalhD",
      "indices" : [ 3, 17 ],
      "id_str" : "963401670",
      "id" : 963401670
    }, {
      "name" : "realscientists",
      "screen_name" : "realscientists",
      "indices" : [ 91, 106 ],
      "id_str" : "1144882621",
      "id" : 1144882621
    }, {
      "name" : "C\u00E9sar Urbina-Blanco",
      "screen_name" : "cesapo",
      "indices" : [ 118, 125 ],
      "id_str" : "138061795",
      "id" : 138061795
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "843909251902980096",
  "text" : "RT @PolycrystalhD: Also, anyone interested in CO2 and the carbon cycle should head over to @realscientists this week. @cesapo is laying dow\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "realscientists",
        "screen_name" : "realscientists",
        "indices" : [ 72, 87 ],
        "id_str" : "1144882621",
        "id" : 1144882621
      }, {
        "name" : "C\u00E9sar Urbina-Blanco",
        "screen_name" : "cesapo",
        "indices" : [ 99, 106 ],
        "id_str" : "138061795",
        "id" : 138061795
      } ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "CO2Chem",
        "indices" : [ 127, 135 ]
      } ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "843901315126181888",
    "geo" : { },
    "id_str" : "843905192898715648",
    "in_reply_to_user_id" : 963401670,
    "text" : "Also, anyone interested in CO2 and the carbon cycle should head over to @realscientists this week. @cesapo is laying down some #CO2Chem",
    "id" : 843905192898715648,
    "in_reply_to_status_id" : 843901315126181888,
    "created_at" : "2017-03-20 19:20:51 +0000",
    "in_reply_to_screen_name" : "PolycrystalhD",
    "in_reply_to_user_id_str" : "963401670",
    "user" : {
      "name" : "Crystal Dilworth PhD",
      "screen_name" : "PolycrystalhD",
      "protected" : false,
      "id_str" : "963401670",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/906412680558161920\/gPhEAFW7_normal.jpg",
      "id" : 963401670,
      "verified" : true
    }
  },
  "id" : 843909251902980096,
  "created_at" : "2017-03-20 19:36:59 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jaap Bosman",
      "screen_name" : "JaapSoft",
      "indices" : [ 0, 9 ],
      "id_str" : "17039585",
      "id" : 17039585
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843900186317545473",
  "geo" : { },
  "id_str" : "843908016361656320",
  "in_reply_to_user_id" : 17039585,
  "text" : "@JaapSoft Hoi Jaap. Alstublieft, wat is Skrei cod?",
  "id" : 843908016361656320,
  "in_reply_to_status_id" : 843900186317545473,
  "created_at" : "2017-03-20 19:32:04 +0000",
  "in_reply_to_screen_name" : "JaapSoft",
  "in_reply_to_user_id_str" : "17039585",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Help Sheffield",
      "screen_name" : "HelpSheffield",
      "indices" : [ 0, 14 ],
      "id_str" : "1303167920",
      "id" : 1303167920
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843873314573639684",
  "geo" : { },
  "id_str" : "843904481079320576",
  "in_reply_to_user_id" : 1303167920,
  "text" : "@HelpSheffield :-)",
  "id" : 843904481079320576,
  "in_reply_to_status_id" : 843873314573639684,
  "created_at" : "2017-03-20 19:18:01 +0000",
  "in_reply_to_screen_name" : "HelpSheffield",
  "in_reply_to_user_id_str" : "1303167920",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 124, 139 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 46, 69 ],
      "url" : "https:\/\/t.co\/dLJa7EJe0p",
      "expanded_url" : "https:\/\/www.google.co.uk\/",
      "display_url" : "google.co.uk"
    } ]
  },
  "geo" : { },
  "id_str" : "843786664963203073",
  "text" : "Thinking the vole(?) in today's Google Doodle https:\/\/t.co\/dLJa7EJe0p has arborescent leanings; definitely not on the fence @mrchrisjbailey?",
  "id" : 843786664963203073,
  "created_at" : "2017-03-20 11:29:52 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Help Sheffield",
      "screen_name" : "HelpSheffield",
      "indices" : [ 0, 14 ],
      "id_str" : "1303167920",
      "id" : 1303167920
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843599617191280641",
  "geo" : { },
  "id_str" : "843768509255573505",
  "in_reply_to_user_id" : 1303167920,
  "text" : "@HelpSheffield Of course ... but the question is, where we might move on *to*",
  "id" : 843768509255573505,
  "in_reply_to_status_id" : 843599617191280641,
  "created_at" : "2017-03-20 10:17:43 +0000",
  "in_reply_to_screen_name" : "HelpSheffield",
  "in_reply_to_user_id_str" : "1303167920",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrea Stringer \uD83C\uDDE6\uD83C\uDDFA",
      "screen_name" : "stringer_andrea",
      "indices" : [ 3, 19 ],
      "id_str" : "585586447",
      "id" : 585586447
    } ],
    "media" : [ {
      "expanded_url" : "https:\/\/twitter.com\/stringer_andrea\/status\/843690797211967488\/photo\/1",
      "indices" : [ 72, 95 ],
      "url" : "https:\/\/t.co\/iDfyN2nobj",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/C7VkJpXU8AILGI-.jpg",
      "id_str" : "843690622087131138",
      "id" : 843690622087131138,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7VkJpXU8AILGI-.jpg",
      "sizes" : [ {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 340,
        "resize" : "fit",
        "w" : 680
      }, {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      } ],
      "display_url" : "pic.twitter.com\/iDfyN2nobj"
    } ],
    "hashtags" : [ {
      "text" : "pstchat",
      "indices" : [ 63, 71 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "843738021551923200",
  "text" : "RT @stringer_andrea: Please join the pre-service teacher chat. #pstchat https:\/\/t.co\/iDfyN2nobj",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/stringer_andrea\/status\/843690797211967488\/photo\/1",
        "indices" : [ 51, 74 ],
        "url" : "https:\/\/t.co\/iDfyN2nobj",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/C7VkJpXU8AILGI-.jpg",
        "id_str" : "843690622087131138",
        "id" : 843690622087131138,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7VkJpXU8AILGI-.jpg",
        "sizes" : [ {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 340,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        } ],
        "display_url" : "pic.twitter.com\/iDfyN2nobj"
      } ],
      "hashtags" : [ {
        "text" : "pstchat",
        "indices" : [ 42, 50 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "843690797211967488",
    "text" : "Please join the pre-service teacher chat. #pstchat https:\/\/t.co\/iDfyN2nobj",
    "id" : 843690797211967488,
    "created_at" : "2017-03-20 05:08:55 +0000",
    "user" : {
      "name" : "Andrea Stringer \uD83C\uDDE6\uD83C\uDDFA",
      "screen_name" : "stringer_andrea",
      "protected" : false,
      "id_str" : "585586447",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/764951771080908800\/ghw_xv1Q_normal.jpg",
      "id" : 585586447,
      "verified" : false
    }
  },
  "id" : 843738021551923200,
  "created_at" : "2017-03-20 08:16:34 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843732018500419584",
  "geo" : { },
  "id_str" : "843737614641500160",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey \uD83D\uDC2D\uD83D\uDC01",
  "id" : 843737614641500160,
  "in_reply_to_status_id" : 843732018500419584,
  "created_at" : "2017-03-20 08:14:57 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 34, 49 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 69, 92 ],
      "url" : "https:\/\/t.co\/wSn1oWZGzk",
      "expanded_url" : "https:\/\/twitter.com\/Vole_Facts\/status\/843574708822065152",
      "display_url" : "twitter.com\/Vole_Facts\/sta\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "843722032932179969",
  "text" : "Not sure they'd be of much use to @mrchrisjbailey for his exam then. https:\/\/t.co\/wSn1oWZGzk",
  "id" : 843722032932179969,
  "created_at" : "2017-03-20 07:13:02 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Georgia Dougherty",
      "screen_name" : "_gmdougherty",
      "indices" : [ 0, 13 ],
      "id_str" : "765860126968328192",
      "id" : 765860126968328192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843570322783649792",
  "geo" : { },
  "id_str" : "843576279207231488",
  "in_reply_to_user_id" : 765860126968328192,
  "text" : "@_gmdougherty Ah, so you're saying it (forgive PE pun) covers all the bases?\nLast Q. What if it folds? Would that matter?\nSorry! That was 2!",
  "id" : 843576279207231488,
  "in_reply_to_status_id" : 843570322783649792,
  "created_at" : "2017-03-19 21:33:52 +0000",
  "in_reply_to_screen_name" : "_gmdougherty",
  "in_reply_to_user_id_str" : "765860126968328192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843555569973841920",
  "geo" : { },
  "id_str" : "843565503633416192",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey So long as it's only your own face, that's perfectly OK ;-)\n\nWait, actually, now I think about it ...",
  "id" : 843565503633416192,
  "in_reply_to_status_id" : 843555569973841920,
  "created_at" : "2017-03-19 20:51:03 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Georgia Dougherty",
      "screen_name" : "_gmdougherty",
      "indices" : [ 0, 13 ],
      "id_str" : "765860126968328192",
      "id" : 765860126968328192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843546943112413184",
  "geo" : { },
  "id_str" : "843565302059356162",
  "in_reply_to_user_id" : 765860126968328192,
  "text" : "@_gmdougherty :-)\nYou seem to be active across a range of social media, so what is it about Twitter that particularly does the job for you?",
  "id" : 843565302059356162,
  "in_reply_to_status_id" : 843546943112413184,
  "created_at" : "2017-03-19 20:50:15 +0000",
  "in_reply_to_screen_name" : "_gmdougherty",
  "in_reply_to_user_id_str" : "765860126968328192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Georgia Dougherty",
      "screen_name" : "_gmdougherty",
      "indices" : [ 0, 13 ],
      "id_str" : "765860126968328192",
      "id" : 765860126968328192
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 127, 139 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843406524001132544",
  "geo" : { },
  "id_str" : "843541794973536256",
  "in_reply_to_user_id" : 765860126968328192,
  "text" : "@_gmdougherty Hi Georgia. What was it tipped you over the edge &amp; got you started? And did you get addicted in the end ;-)? #4MyResearch Thx",
  "id" : 843541794973536256,
  "in_reply_to_status_id" : 843406524001132544,
  "created_at" : "2017-03-19 19:16:50 +0000",
  "in_reply_to_screen_name" : "_gmdougherty",
  "in_reply_to_user_id_str" : "765860126968328192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sylvia Ashton",
      "screen_name" : "SylviaAshton",
      "indices" : [ 0, 13 ],
      "id_str" : "388754343",
      "id" : 388754343
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843523316354891776",
  "geo" : { },
  "id_str" : "843532921617219588",
  "in_reply_to_user_id" : 388754343,
  "text" : "@SylviaAshton I'll amend the post accordingly to make that a little more clear though. Thanks for that feedback \uD83D\uDE42",
  "id" : 843532921617219588,
  "in_reply_to_status_id" : 843523316354891776,
  "created_at" : "2017-03-19 18:41:35 +0000",
  "in_reply_to_screen_name" : "SylviaAshton",
  "in_reply_to_user_id_str" : "388754343",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sylvia Ashton",
      "screen_name" : "SylviaAshton",
      "indices" : [ 0, 13 ],
      "id_str" : "388754343",
      "id" : 388754343
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 89, 112 ],
      "url" : "https:\/\/t.co\/d8PNCwQ0Tz",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/about\/participant-information-anchor\/",
      "display_url" : "cpdin140.wordpress.com\/about\/particip\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "843523316354891776",
  "geo" : { },
  "id_str" : "843532701474967552",
  "in_reply_to_user_id" : 388754343,
  "text" : "@SylviaAshton 2\/2... appropriate, then email is fine too. Contact details at the foot of https:\/\/t.co\/d8PNCwQ0Tz Any which way you can rlly",
  "id" : 843532701474967552,
  "in_reply_to_status_id" : 843523316354891776,
  "created_at" : "2017-03-19 18:40:42 +0000",
  "in_reply_to_screen_name" : "SylviaAshton",
  "in_reply_to_user_id_str" : "388754343",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sylvia Ashton",
      "screen_name" : "SylviaAshton",
      "indices" : [ 0, 13 ],
      "id_str" : "388754343",
      "id" : 388754343
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843523316354891776",
  "geo" : { },
  "id_str" : "843532216483373057",
  "in_reply_to_user_id" : 388754343,
  "text" : "@SylviaAshton Hi Sylvia. Through Voxer (app or online) if possible, or by adding a comment to that post, or if a public space isn't ...1\/2",
  "id" : 843532216483373057,
  "in_reply_to_status_id" : 843523316354891776,
  "created_at" : "2017-03-19 18:38:47 +0000",
  "in_reply_to_screen_name" : "SylviaAshton",
  "in_reply_to_user_id_str" : "388754343",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jan Moreland",
      "screen_name" : "JanM_ed_craft",
      "indices" : [ 82, 96 ],
      "id_str" : "25395244",
      "id" : 25395244
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ANTheory",
      "indices" : [ 97, 106 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "843524408111259648",
  "text" : "Pondering the agency of Twitter. Just mowed the lawn as a result of a tweet  from @JanM_ed_craft #ANTheory",
  "id" : 843524408111259648,
  "created_at" : "2017-03-19 18:07:45 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "tootlingtuesday",
      "indices" : [ 16, 32 ]
    }, {
      "text" : "4MyResearch",
      "indices" : [ 92, 104 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "843394733338779648",
  "text" : "Wondering about #tootlingtuesday and what folks have gained from or have been helped by it. #4MyResearch Thanks :-)",
  "id" : 843394733338779648,
  "created_at" : "2017-03-19 09:32:28 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Doug Belshaw",
      "screen_name" : "dajbelshaw",
      "indices" : [ 1, 12 ],
      "id_str" : "764365",
      "id" : 764365
    }, {
      "name" : "Guy Merchant",
      "screen_name" : "GuyMerchant",
      "indices" : [ 25, 37 ],
      "id_str" : "20843741",
      "id" : 20843741
    }, {
      "name" : "Sheffield Hallam Uni",
      "screen_name" : "sheffhallamuni",
      "indices" : [ 44, 59 ],
      "id_str" : "20593971",
      "id" : 20593971
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ALiSOnline",
      "indices" : [ 75, 86 ]
    } ],
    "urls" : [ {
      "indices" : [ 107, 130 ],
      "url" : "https:\/\/t.co\/KAkPZlf0GQ",
      "expanded_url" : "http:\/\/dougbelshaw.com\/tidepodcast\/?name=2017-02-02_tide-74.mp3",
      "display_url" : "dougbelshaw.com\/tidepodcast\/?n\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "843390110653661185",
  "text" : ".@dajbelshaw name checks @GuyMerchant &amp; @sheffhallamuni when dicussing #ALiSOnline on TIDE podcast #74 https:\/\/t.co\/KAkPZlf0GQ",
  "id" : 843390110653661185,
  "created_at" : "2017-03-19 09:14:06 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843190923471347713",
  "geo" : { },
  "id_str" : "843191922604806149",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Would be good to catch up :-)",
  "id" : 843191922604806149,
  "in_reply_to_status_id" : 843190923471347713,
  "created_at" : "2017-03-18 20:06:34 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 100, 123 ],
      "url" : "https:\/\/t.co\/xYX91Ssimc",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/11\/time-to-drop-anchor-already\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/11\/tim\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "843191286563831809",
  "text" : "A minute to help with my research? For Week 3's Vox, I'm asking \"Where's the learning\" (on Twitter) https:\/\/t.co\/xYX91Ssimc Thanks",
  "id" : 843191286563831809,
  "created_at" : "2017-03-18 20:04:03 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843054767312158721",
  "geo" : { },
  "id_str" : "843166645308854274",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Thanks Martina, and for the earlier shoutout :-)",
  "id" : 843166645308854274,
  "in_reply_to_status_id" : 843054767312158721,
  "created_at" : "2017-03-18 18:26:08 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Emily Perry",
      "screen_name" : "emilyjaneperry",
      "indices" : [ 0, 15 ],
      "id_str" : "20904901",
      "id" : 20904901
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "843039345187667968",
  "geo" : { },
  "id_str" : "843166168177360896",
  "in_reply_to_user_id" : 20904901,
  "text" : "@emilyjaneperry You're right. On a number of levels. Thanks Emily.",
  "id" : 843166168177360896,
  "in_reply_to_status_id" : 843039345187667968,
  "created_at" : "2017-03-18 18:24:14 +0000",
  "in_reply_to_screen_name" : "emilyjaneperry",
  "in_reply_to_user_id_str" : "20904901",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "842722382586544129",
  "text" : "**Apologies, but pls ignore this test tweet**\n\ntwitter professional",
  "id" : 842722382586544129,
  "created_at" : "2017-03-17 13:00:47 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "842695871787646976",
  "text" : "**Apologies, but pls ignore this test tweet**\n\nprofessional learning twitter",
  "id" : 842695871787646976,
  "created_at" : "2017-03-17 11:15:27 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sheffield Hallam Uni",
      "screen_name" : "sheffhallamuni",
      "indices" : [ 3, 18 ],
      "id_str" : "20593971",
      "id" : 20593971
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "autism",
      "indices" : [ 129, 136 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "842452199791812609",
  "text" : "RT @sheffhallamuni: Join our Twitter chat next Tuesday with Professor Nick Hodge. We'll be discussing the challenges people with #autism fa\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/sheffhallamuni\/status\/842331824974102529\/photo\/1",
        "indices" : [ 123, 146 ],
        "url" : "https:\/\/t.co\/Qvkq1j4WI5",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/C7CQJ1xWkAA8g5O.jpg",
        "id_str" : "842331629045583872",
        "id" : 842331629045583872,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7CQJ1xWkAA8g5O.jpg",
        "sizes" : [ {
          "h" : 1200,
          "resize" : "fit",
          "w" : 947
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1267,
          "resize" : "fit",
          "w" : 1000
        }, {
          "h" : 1267,
          "resize" : "fit",
          "w" : 1000
        }, {
          "h" : 680,
          "resize" : "fit",
          "w" : 537
        } ],
        "display_url" : "pic.twitter.com\/Qvkq1j4WI5"
      } ],
      "hashtags" : [ {
        "text" : "autism",
        "indices" : [ 109, 116 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "842331824974102529",
    "text" : "Join our Twitter chat next Tuesday with Professor Nick Hodge. We'll be discussing the challenges people with #autism face. https:\/\/t.co\/Qvkq1j4WI5",
    "id" : 842331824974102529,
    "created_at" : "2017-03-16 11:08:51 +0000",
    "user" : {
      "name" : "Sheffield Hallam Uni",
      "screen_name" : "sheffhallamuni",
      "protected" : false,
      "id_str" : "20593971",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/785760992869441536\/nYVHTiQz_normal.jpg",
      "id" : 20593971,
      "verified" : true
    }
  },
  "id" : 842452199791812609,
  "created_at" : "2017-03-16 19:07:11 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Julia Skinner",
      "screen_name" : "TheHeadsOffice",
      "indices" : [ 3, 18 ],
      "id_str" : "175475048",
      "id" : 175475048
    } ],
    "media" : [ {
      "expanded_url" : "https:\/\/twitter.com\/TheHeadsOffice\/status\/842448381515460608\/photo\/1",
      "indices" : [ 76, 99 ],
      "url" : "https:\/\/t.co\/rmbLY6yojf",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/C7Bsud6W0AAlNNO.jpg",
      "id_str" : "842292675877457920",
      "id" : 842292675877457920,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7Bsud6W0AAlNNO.jpg",
      "sizes" : [ {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 340,
        "resize" : "fit",
        "w" : 680
      }, {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 512,
        "resize" : "fit",
        "w" : 1024
      } ],
      "display_url" : "pic.twitter.com\/rmbLY6yojf"
    } ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 52, 75 ],
      "url" : "https:\/\/t.co\/4kvPQLpbR6",
      "expanded_url" : "https:\/\/100wc.net\/?p=18660",
      "display_url" : "100wc.net\/?p=18660"
    } ]
  },
  "geo" : { },
  "id_str" : "842451008622084097",
  "text" : "RT @TheHeadsOffice: Check out this week's showcase! https:\/\/t.co\/4kvPQLpbR6 https:\/\/t.co\/rmbLY6yojf",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/TheHeadsOffice\/status\/842448381515460608\/photo\/1",
        "indices" : [ 56, 79 ],
        "url" : "https:\/\/t.co\/rmbLY6yojf",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/C7Bsud6W0AAlNNO.jpg",
        "id_str" : "842292675877457920",
        "id" : 842292675877457920,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C7Bsud6W0AAlNNO.jpg",
        "sizes" : [ {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 340,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 512,
          "resize" : "fit",
          "w" : 1024
        } ],
        "display_url" : "pic.twitter.com\/rmbLY6yojf"
      } ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 32, 55 ],
        "url" : "https:\/\/t.co\/4kvPQLpbR6",
        "expanded_url" : "https:\/\/100wc.net\/?p=18660",
        "display_url" : "100wc.net\/?p=18660"
      } ]
    },
    "geo" : { },
    "id_str" : "842448381515460608",
    "text" : "Check out this week's showcase! https:\/\/t.co\/4kvPQLpbR6 https:\/\/t.co\/rmbLY6yojf",
    "id" : 842448381515460608,
    "created_at" : "2017-03-16 18:52:00 +0000",
    "user" : {
      "name" : "Julia Skinner",
      "screen_name" : "TheHeadsOffice",
      "protected" : false,
      "id_str" : "175475048",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/907171137427308544\/FDkQY2dH_normal.jpg",
      "id" : 175475048,
      "verified" : false
    }
  },
  "id" : 842451008622084097,
  "created_at" : "2017-03-16 19:02:27 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 67, 90 ],
      "url" : "https:\/\/t.co\/jX3wtufUIO",
      "expanded_url" : "http:\/\/www.nytimes.com\/interactive\/2009\/07\/31\/business\/20080801-metrics-graphic.html?_r=1&",
      "display_url" : "nytimes.com\/interactive\/20\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "842284893174431746",
  "text" : "\"How Different Groups Spend Their Day\" - interactive visualisation https:\/\/t.co\/jX3wtufUIO How did this slip past my radar 1st time around?",
  "id" : 842284893174431746,
  "created_at" : "2017-03-16 08:02:22 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dr Jennifer Jones",
      "screen_name" : "jennifermjones",
      "indices" : [ 3, 18 ],
      "id_str" : "668283",
      "id" : 668283
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 115, 138 ],
      "url" : "https:\/\/t.co\/EvtijlcYPQ",
      "expanded_url" : "https:\/\/twitter.com\/flygirltwo\/status\/840193577359724545",
      "display_url" : "twitter.com\/flygirltwo\/sta\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "842094734457757696",
  "text" : "RT @jennifermjones: There is a really good PhD opportunity for somebody interested in social media + journalism \uD83D\uDC47\uD83C\uDFFB https:\/\/t.co\/EvtijlcYPQ",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 95, 118 ],
        "url" : "https:\/\/t.co\/EvtijlcYPQ",
        "expanded_url" : "https:\/\/twitter.com\/flygirltwo\/status\/840193577359724545",
        "display_url" : "twitter.com\/flygirltwo\/sta\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "841229458711412737",
    "text" : "There is a really good PhD opportunity for somebody interested in social media + journalism \uD83D\uDC47\uD83C\uDFFB https:\/\/t.co\/EvtijlcYPQ",
    "id" : 841229458711412737,
    "created_at" : "2017-03-13 10:08:26 +0000",
    "user" : {
      "name" : "Dr Jennifer Jones",
      "screen_name" : "jennifermjones",
      "protected" : false,
      "id_str" : "668283",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/924984195339997184\/sI98_YNZ_normal.jpg",
      "id" : 668283,
      "verified" : false
    }
  },
  "id" : 842094734457757696,
  "created_at" : "2017-03-15 19:26:44 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Madeleine Brookes",
      "screen_name" : "mbrookes",
      "indices" : [ 12, 21 ],
      "id_str" : "9302972",
      "id" : 9302972
    }, {
      "name" : "Kayod\u00EA Passos Santos",
      "screen_name" : "Kayodd",
      "indices" : [ 22, 29 ],
      "id_str" : "161048946",
      "id" : 161048946
    }, {
      "name" : "Danielle Purdy",
      "screen_name" : "DaniellePurdy3",
      "indices" : [ 36, 51 ],
      "id_str" : "2448335582",
      "id" : 2448335582
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "841928481151848449",
  "text" : "Grateful to @mbrookes @KayOdd &amp; @DaniellePurdy3 for the shoutouts. Thanks folks \uD83D\uDC4D",
  "id" : 841928481151848449,
  "created_at" : "2017-03-15 08:26:06 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kay Oddone",
      "screen_name" : "KayOddone",
      "indices" : [ 0, 10 ],
      "id_str" : "8759292",
      "id" : 8759292
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841896729670746113",
  "geo" : { },
  "id_str" : "841927744690753536",
  "in_reply_to_user_id" : 8759292,
  "text" : "@KayOddone 2\/2 ... I'd definitely be up for a chat to explore some of these areas. \uD83D\uDE42",
  "id" : 841927744690753536,
  "in_reply_to_status_id" : 841896729670746113,
  "created_at" : "2017-03-15 08:23:11 +0000",
  "in_reply_to_screen_name" : "KayOddone",
  "in_reply_to_user_id_str" : "8759292",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kay Oddone",
      "screen_name" : "KayOddone",
      "indices" : [ 0, 10 ],
      "id_str" : "8759292",
      "id" : 8759292
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841896729670746113",
  "geo" : { },
  "id_str" : "841927554663624704",
  "in_reply_to_user_id" : 8759292,
  "text" : "@KayOddone Hi Kay. Thanks for reaching out and for the link to your blog. I can see we share several common areas of interest, so ...1\/2",
  "id" : 841927554663624704,
  "in_reply_to_status_id" : 841896729670746113,
  "created_at" : "2017-03-15 08:22:25 +0000",
  "in_reply_to_screen_name" : "KayOddone",
  "in_reply_to_user_id_str" : "8759292",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Alison Mayne",
      "screen_name" : "newbiephd",
      "indices" : [ 10, 20 ],
      "id_str" : "2829202792",
      "id" : 2829202792
    }, {
      "name" : "Irv Remedios",
      "screen_name" : "Irv",
      "indices" : [ 25, 29 ],
      "id_str" : "1380",
      "id" : 1380
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "841770128748494849",
  "text" : "Thanks to @newbiephd and @Irv for the RTs \uD83D\uDC4D",
  "id" : 841770128748494849,
  "created_at" : "2017-03-14 21:56:52 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 95, 107 ]
    } ],
    "urls" : [ {
      "indices" : [ 116, 139 ],
      "url" : "https:\/\/t.co\/xYX91Ssimc",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/11\/time-to-drop-anchor-already\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/11\/tim\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "841746378565013504",
  "text" : "Use Twitter for your prof learning? Can us spare a minute to answer a question or two on Voxer #4MyResearch thanks. https:\/\/t.co\/xYX91Ssimc",
  "id" : 841746378565013504,
  "created_at" : "2017-03-14 20:22:30 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "mireillem10",
      "screen_name" : "mireillem10",
      "indices" : [ 0, 12 ],
      "id_str" : "16152358",
      "id" : 16152358
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 123, 135 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840677995648032771",
  "geo" : { },
  "id_str" : "841632390187536384",
  "in_reply_to_user_id" : 16152358,
  "text" : "@mireillem10 Hi Mireille. Hope you don't mind me asking, but can I ask why u 'wouldn't have shared?' Do you have concerns? #4MyResearch Thx",
  "id" : 841632390187536384,
  "in_reply_to_status_id" : 840677995648032771,
  "created_at" : "2017-03-14 12:49:33 +0000",
  "in_reply_to_screen_name" : "mireillem10",
  "in_reply_to_user_id_str" : "16152358",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ArtistHotline",
      "indices" : [ 57, 71 ]
    } ],
    "urls" : [ {
      "indices" : [ 121, 144 ],
      "url" : "https:\/\/t.co\/ELO0O4wTTB",
      "expanded_url" : "http:\/\/malibewddha.tumblr.com\/post\/158239737036\/coming-to-twitter-on-march-15-artisthotline",
      "display_url" : "malibewddha.tumblr.com\/post\/158239737\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "841595985331666944",
  "text" : "Colleagues involved in art educatn might b interested in #ArtistHotline this Wed &amp; the \u201CTeaching Artists\u201D Guest Chat https:\/\/t.co\/ELO0O4wTTB",
  "id" : 841595985331666944,
  "created_at" : "2017-03-14 10:24:53 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Amanda Funk",
      "screen_name" : "Techieteach11",
      "indices" : [ 0, 14 ],
      "id_str" : "15749915",
      "id" : 15749915
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 117, 129 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840614279082577921",
  "geo" : { },
  "id_str" : "841568697043046401",
  "in_reply_to_user_id" : 15749915,
  "text" : "@Techieteach11 Hi Amanda. Could I ask about how 'Twitter stuff' has \"up'd\" your professional learning? In what ways? #4MyResearch Thx",
  "id" : 841568697043046401,
  "in_reply_to_status_id" : 840614279082577921,
  "created_at" : "2017-03-14 08:36:27 +0000",
  "in_reply_to_screen_name" : "Techieteach11",
  "in_reply_to_user_id_str" : "15749915",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chrissie Coogan",
      "screen_name" : "t00teach",
      "indices" : [ 0, 9 ],
      "id_str" : "179017640",
      "id" : 179017640
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 48, 60 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841238225519747072",
  "geo" : { },
  "id_str" : "841566803725832192",
  "in_reply_to_user_id" : 179017640,
  "text" : "@t00teach Hi Chrissie. Could I ask u about that #4MyResearch? If 'time-poor,' could that be eased by gaining back time not spent on Twitter?",
  "id" : 841566803725832192,
  "in_reply_to_status_id" : 841238225519747072,
  "created_at" : "2017-03-14 08:28:56 +0000",
  "in_reply_to_screen_name" : "t00teach",
  "in_reply_to_user_id_str" : "179017640",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Alex Woodside",
      "screen_name" : "coding_project_",
      "indices" : [ 3, 19 ],
      "id_str" : "840663034297221120",
      "id" : 840663034297221120
    }, {
      "name" : "Code Club UK",
      "screen_name" : "CodeClub",
      "indices" : [ 47, 56 ],
      "id_str" : "103625781",
      "id" : 103625781
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "Sheffield",
      "indices" : [ 60, 70 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "841372204923310084",
  "text" : "RT @coding_project_: Looking to volunteer at a @CodeClub in #Sheffield to help with my university project.. Anyone able to help\uD83D\uDCBB\uD83D\uDCBB",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Code Club UK",
        "screen_name" : "CodeClub",
        "indices" : [ 26, 35 ],
        "id_str" : "103625781",
        "id" : 103625781
      } ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "Sheffield",
        "indices" : [ 39, 49 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "841195453429473280",
    "text" : "Looking to volunteer at a @CodeClub in #Sheffield to help with my university project.. Anyone able to help\uD83D\uDCBB\uD83D\uDCBB",
    "id" : 841195453429473280,
    "created_at" : "2017-03-13 07:53:19 +0000",
    "user" : {
      "name" : "Alex Woodside",
      "screen_name" : "coding_project_",
      "protected" : false,
      "id_str" : "840663034297221120",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/919295214895947777\/Aup8Psf8_normal.jpg",
      "id" : 840663034297221120,
      "verified" : false
    }
  },
  "id" : 841372204923310084,
  "created_at" : "2017-03-13 19:35:40 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sheffield Hallam Uni",
      "screen_name" : "sheffhallamuni",
      "indices" : [ 3, 18 ],
      "id_str" : "20593971",
      "id" : 20593971
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "SFOSE",
      "indices" : [ 69, 75 ]
    } ],
    "urls" : [ {
      "indices" : [ 99, 122 ],
      "url" : "https:\/\/t.co\/D2pFwx3lad",
      "expanded_url" : "http:\/\/www.scienceweeksy.org.uk",
      "display_url" : "scienceweeksy.org.uk"
    } ]
  },
  "geo" : { },
  "id_str" : "841369141307158536",
  "text" : "RT @sheffhallamuni: We've got some great events this week as part of #SFOSE. Book your free place: https:\/\/t.co\/D2pFwx3lad https:\/\/t.co\/0Uz\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/#!\/download\/ipad\" rel=\"nofollow\"\u003ETwitter for iPad\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/sheffhallamuni\/status\/841278100138803200\/photo\/1",
        "indices" : [ 103, 126 ],
        "url" : "https:\/\/t.co\/0UzKdWPRaz",
        "media_url" : "http:\/\/pbs.twimg.com\/tweet_video_thumb\/C6zR9XHWsAA3fr7.jpg",
        "id_str" : "841278082518528000",
        "id" : 841278082518528000,
        "media_url_https" : "https:\/\/pbs.twimg.com\/tweet_video_thumb\/C6zR9XHWsAA3fr7.jpg",
        "sizes" : [ {
          "h" : 272,
          "resize" : "fit",
          "w" : 374
        }, {
          "h" : 272,
          "resize" : "fit",
          "w" : 374
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 272,
          "resize" : "fit",
          "w" : 374
        }, {
          "h" : 272,
          "resize" : "fit",
          "w" : 374
        } ],
        "display_url" : "pic.twitter.com\/0UzKdWPRaz"
      } ],
      "hashtags" : [ {
        "text" : "SFOSE",
        "indices" : [ 49, 55 ]
      } ],
      "urls" : [ {
        "indices" : [ 79, 102 ],
        "url" : "https:\/\/t.co\/D2pFwx3lad",
        "expanded_url" : "http:\/\/www.scienceweeksy.org.uk",
        "display_url" : "scienceweeksy.org.uk"
      } ]
    },
    "geo" : { },
    "id_str" : "841278100138803200",
    "text" : "We've got some great events this week as part of #SFOSE. Book your free place: https:\/\/t.co\/D2pFwx3lad https:\/\/t.co\/0UzKdWPRaz",
    "id" : 841278100138803200,
    "created_at" : "2017-03-13 13:21:43 +0000",
    "user" : {
      "name" : "Sheffield Hallam Uni",
      "screen_name" : "sheffhallamuni",
      "protected" : false,
      "id_str" : "20593971",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/785760992869441536\/nYVHTiQz_normal.jpg",
      "id" : 20593971,
      "verified" : true
    }
  },
  "id" : 841369141307158536,
  "created_at" : "2017-03-13 19:23:29 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tom Starkey",
      "screen_name" : "tstarkey1212",
      "indices" : [ 0, 13 ],
      "id_str" : "533583624",
      "id" : 533583624
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841022082049802241",
  "geo" : { },
  "id_str" : "841025045556285440",
  "in_reply_to_user_id" : 533583624,
  "text" : "@tstarkey1212 Guess it depends on what you're gonna want to play it through?",
  "id" : 841025045556285440,
  "in_reply_to_status_id" : 841022082049802241,
  "created_at" : "2017-03-12 20:36:11 +0000",
  "in_reply_to_screen_name" : "tstarkey1212",
  "in_reply_to_user_id_str" : "533583624",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tom Starkey",
      "screen_name" : "tstarkey1212",
      "indices" : [ 0, 13 ],
      "id_str" : "533583624",
      "id" : 533583624
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 59, 82 ],
      "url" : "https:\/\/t.co\/UdowTLAIQS",
      "expanded_url" : "https:\/\/www.richersounds.com\/information\/tips_nas-drives",
      "display_url" : "richersounds.com\/information\/ti\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "841022082049802241",
  "geo" : { },
  "id_str" : "841024958872616962",
  "in_reply_to_user_id" : 533583624,
  "text" : "@tstarkey1212 Or maybe a 2nd hand laptop plus a NAS drive (https:\/\/t.co\/UdowTLAIQS) you could then move from place to place?",
  "id" : 841024958872616962,
  "in_reply_to_status_id" : 841022082049802241,
  "created_at" : "2017-03-12 20:35:50 +0000",
  "in_reply_to_screen_name" : "tstarkey1212",
  "in_reply_to_user_id_str" : "533583624",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tom Starkey",
      "screen_name" : "tstarkey1212",
      "indices" : [ 0, 13 ],
      "id_str" : "533583624",
      "id" : 533583624
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841020944965611524",
  "geo" : { },
  "id_str" : "841021790872842240",
  "in_reply_to_user_id" : 533583624,
  "text" : "@tstarkey1212 Yep. 'puter based options are much more affordable, though not always practical of course.",
  "id" : 841021790872842240,
  "in_reply_to_status_id" : 841020944965611524,
  "created_at" : "2017-03-12 20:23:15 +0000",
  "in_reply_to_screen_name" : "tstarkey1212",
  "in_reply_to_user_id_str" : "533583624",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "841009722383818752",
  "geo" : { },
  "id_str" : "841021181373370370",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Thanks for that Martina :-)",
  "id" : 841021181373370370,
  "in_reply_to_status_id" : 841009722383818752,
  "created_at" : "2017-03-12 20:20:49 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tom Starkey",
      "screen_name" : "tstarkey1212",
      "indices" : [ 0, 13 ],
      "id_str" : "533583624",
      "id" : 533583624
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 65, 88 ],
      "url" : "https:\/\/t.co\/AsOuYY4ByZ",
      "expanded_url" : "http:\/\/www.brennan.co.uk",
      "display_url" : "brennan.co.uk"
    } ]
  },
  "in_reply_to_status_id_str" : "841016502539210752",
  "geo" : { },
  "id_str" : "841019947505594368",
  "in_reply_to_user_id" : 533583624,
  "text" : "@tstarkey1212 Did you mean completely standalone Tom? Like this? https:\/\/t.co\/AsOuYY4ByZ",
  "id" : 841019947505594368,
  "in_reply_to_status_id" : 841016502539210752,
  "created_at" : "2017-03-12 20:15:55 +0000",
  "in_reply_to_screen_name" : "tstarkey1212",
  "in_reply_to_user_id_str" : "533583624",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 83, 95 ]
    } ],
    "urls" : [ {
      "indices" : [ 113, 136 ],
      "url" : "https:\/\/t.co\/xYX91Ssimc",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/11\/time-to-drop-anchor-already\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/11\/tim\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "840990324503826432",
  "text" : "If anyone can spare a minute or two to answer a couple of quick questions on Voxer #4MyResearch, I'd be grateful https:\/\/t.co\/xYX91Ssimc",
  "id" : 840990324503826432,
  "created_at" : "2017-03-12 18:18:12 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Justin",
      "screen_name" : "JustinAion",
      "indices" : [ 0, 11 ],
      "id_str" : "61257421",
      "id" : 61257421
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840644168573698050",
  "geo" : { },
  "id_str" : "840981067343503361",
  "in_reply_to_user_id" : 61257421,
  "text" : "@JustinAion Thanks Justin. Grateful for your time :-)",
  "id" : 840981067343503361,
  "in_reply_to_status_id" : 840644168573698050,
  "created_at" : "2017-03-12 17:41:25 +0000",
  "in_reply_to_screen_name" : "JustinAion",
  "in_reply_to_user_id_str" : "61257421",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/mobile.twitter.com\" rel=\"nofollow\"\u003ETwitter Lite\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840889918918397952",
  "geo" : { },
  "id_str" : "840894555608252416",
  "in_reply_to_user_id" : 1638277470,
  "text" : "@TaraLRBeziat \uD83D\uDE0A",
  "id" : 840894555608252416,
  "in_reply_to_status_id" : 840889918918397952,
  "created_at" : "2017-03-12 11:57:39 +0000",
  "in_reply_to_screen_name" : "EdPsychMama",
  "in_reply_to_user_id_str" : "1638277470",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "840882309192663041",
  "text" : "Now *that's* impressive! Using 'Speech Recognition' in a Google doc and it nailed \"Csikszentmihalyi\" 1st time and spelled it better than I!",
  "id" : 840882309192663041,
  "created_at" : "2017-03-12 11:09:00 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Justin",
      "screen_name" : "JustinAion",
      "indices" : [ 0, 11 ],
      "id_str" : "61257421",
      "id" : 61257421
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840636974583156737",
  "geo" : { },
  "id_str" : "840641990475862017",
  "in_reply_to_user_id" : 61257421,
  "text" : "@JustinAion :-) Thanks, I'll take a look.\nSo are you saying that tweachers helped you become a blogger, or something more than that ...?",
  "id" : 840641990475862017,
  "in_reply_to_status_id" : 840636974583156737,
  "created_at" : "2017-03-11 19:14:03 +0000",
  "in_reply_to_screen_name" : "JustinAion",
  "in_reply_to_user_id_str" : "61257421",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Justin",
      "screen_name" : "JustinAion",
      "indices" : [ 0, 11 ],
      "id_str" : "61257421",
      "id" : 61257421
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840634401591574528",
  "geo" : { },
  "id_str" : "840635746230910976",
  "in_reply_to_user_id" : 61257421,
  "text" : "@JustinAion Thanks Justin. Sounds like your contacts have helped you change? Are you able to identify in what ways?",
  "id" : 840635746230910976,
  "in_reply_to_status_id" : 840634401591574528,
  "created_at" : "2017-03-11 18:49:14 +0000",
  "in_reply_to_screen_name" : "JustinAion",
  "in_reply_to_user_id_str" : "61257421",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Justin",
      "screen_name" : "JustinAion",
      "indices" : [ 0, 11 ],
      "id_str" : "61257421",
      "id" : 61257421
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 84, 96 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840562081778786306",
  "geo" : { },
  "id_str" : "840633954235486208",
  "in_reply_to_user_id" : 61257421,
  "text" : "@JustinAion Hi Justin. Just checking the results from your poll. What do you think? #4MyResearch Thx.",
  "id" : 840633954235486208,
  "in_reply_to_status_id" : 840562081778786306,
  "created_at" : "2017-03-11 18:42:07 +0000",
  "in_reply_to_screen_name" : "JustinAion",
  "in_reply_to_user_id_str" : "61257421",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Susan Pallister",
      "screen_name" : "kehs126",
      "indices" : [ 0, 8 ],
      "id_str" : "204478064",
      "id" : 204478064
    }, {
      "name" : "The Conversation",
      "screen_name" : "ConversationUK",
      "indices" : [ 9, 24 ],
      "id_str" : "1241258612",
      "id" : 1241258612
    }, {
      "name" : "The Conversation",
      "screen_name" : "ConversationUK",
      "indices" : [ 106, 121 ],
      "id_str" : "1241258612",
      "id" : 1241258612
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840588007874912258",
  "geo" : { },
  "id_str" : "840596289368838144",
  "in_reply_to_user_id" : 204478064,
  "text" : "@kehs126 @ConversationUK Would the results be the same if the children had only ever read on an e device? @ConversationUK",
  "id" : 840596289368838144,
  "in_reply_to_status_id" : 840588007874912258,
  "created_at" : "2017-03-11 16:12:27 +0000",
  "in_reply_to_screen_name" : "kehs126",
  "in_reply_to_user_id_str" : "204478064",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "outdoor junkie",
      "screen_name" : "jonnyames",
      "indices" : [ 0, 10 ],
      "id_str" : "1666520282",
      "id" : 1666520282
    }, {
      "name" : "Science GIFs\u269B\uFE0F",
      "screen_name" : "Learn_Things",
      "indices" : [ 11, 24 ],
      "id_str" : "593370001",
      "id" : 593370001
    }, {
      "name" : "Science GIFs\u269B\uFE0F",
      "screen_name" : "Learn_Things",
      "indices" : [ 66, 79 ],
      "id_str" : "593370001",
      "id" : 593370001
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840565184947204098",
  "geo" : { },
  "id_str" : "840583853106438144",
  "in_reply_to_user_id" : 1666520282,
  "text" : "@jonnyames @Learn_Things You don't think it would be 100mph then? @Learn_Things",
  "id" : 840583853106438144,
  "in_reply_to_status_id" : 840565184947204098,
  "created_at" : "2017-03-11 15:23:02 +0000",
  "in_reply_to_screen_name" : "jonnyames",
  "in_reply_to_user_id_str" : "1666520282",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 68, 91 ],
      "url" : "https:\/\/t.co\/GPPD6px3la",
      "expanded_url" : "https:\/\/www.buzzfeed.com\/danieldalton\/mr-folk?utm_term=.kgrxAaNmwB#.fqBp9DdawR",
      "display_url" : "buzzfeed.com\/danieldalton\/m\u2026"
    }, {
      "indices" : [ 101, 124 ],
      "url" : "https:\/\/t.co\/hufGWNDmnF",
      "expanded_url" : "https:\/\/www.yorkshireclobberandthreads.co.uk\/products\/yorkshire-mr-men-or-little-miss?variant=4491024452",
      "display_url" : "yorkshireclobberandthreads.co.uk\/products\/yorks\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "840509250904424449",
  "geo" : { },
  "id_str" : "840520483359621120",
  "in_reply_to_user_id" : 1244542716,
  "text" : "@samjsramsden I dunno, but you got me wondering who did. Found this https:\/\/t.co\/GPPD6px3la and this https:\/\/t.co\/hufGWNDmnF",
  "id" : 840520483359621120,
  "in_reply_to_status_id" : 840509250904424449,
  "created_at" : "2017-03-11 11:11:14 +0000",
  "in_reply_to_screen_name" : "yorkshireprobs",
  "in_reply_to_user_id_str" : "1244542716",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Bob Harrison",
      "screen_name" : "bobharrisonset",
      "indices" : [ 0, 15 ],
      "id_str" : "19490491",
      "id" : 19490491
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840493814691291136",
  "geo" : { },
  "id_str" : "840498129980030976",
  "in_reply_to_user_id" : 19490491,
  "text" : "@bobharrisonset &lt;raises hand&gt;",
  "id" : 840498129980030976,
  "in_reply_to_status_id" : 840493814691291136,
  "created_at" : "2017-03-11 09:42:24 +0000",
  "in_reply_to_screen_name" : "bobharrisonset",
  "in_reply_to_user_id_str" : "19490491",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Yorkshire Slang",
      "screen_name" : "YorkshireSlang",
      "indices" : [ 6, 21 ],
      "id_str" : "1171536168",
      "id" : 1171536168
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 43, 66 ],
      "url" : "https:\/\/t.co\/frDbsAnrAS",
      "expanded_url" : "https:\/\/twitter.com\/samjsramsden\/status\/840492356482826240",
      "display_url" : "twitter.com\/samjsramsden\/s\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "840496968820543488",
  "text" : "Think @YorkshireSlang might enjoy this ... https:\/\/t.co\/frDbsAnrAS",
  "id" : 840496968820543488,
  "created_at" : "2017-03-11 09:37:47 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dr Deborah Netolicky",
      "screen_name" : "debsnet",
      "indices" : [ 3, 11 ],
      "id_str" : "88375038",
      "id" : 88375038
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "edchat",
      "indices" : [ 53, 60 ]
    }, {
      "text" : "satchat",
      "indices" : [ 61, 69 ]
    }, {
      "text" : "whatisschool",
      "indices" : [ 70, 83 ]
    }, {
      "text" : "ukedchat",
      "indices" : [ 84, 93 ]
    }, {
      "text" : "UKEdResChat",
      "indices" : [ 94, 106 ]
    }, {
      "text" : "aussieED",
      "indices" : [ 107, 116 ]
    }, {
      "text" : "sunchat",
      "indices" : [ 117, 125 ]
    }, {
      "text" : "cpchat",
      "indices" : [ 126, 133 ]
    } ],
    "urls" : [ {
      "indices" : [ 29, 52 ],
      "url" : "https:\/\/t.co\/Kgab8RZnxx",
      "expanded_url" : "https:\/\/theeduflaneuse.com\/2017\/03\/10\/e4l\/",
      "display_url" : "theeduflaneuse.com\/2017\/03\/10\/e4l\/"
    } ]
  },
  "geo" : { },
  "id_str" : "840453723516198912",
  "text" : "RT @debsnet: New post today: https:\/\/t.co\/Kgab8RZnxx #edchat #satchat #whatisschool #ukedchat #UKEdResChat #aussieED #sunchat #cpchat",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "edchat",
        "indices" : [ 40, 47 ]
      }, {
        "text" : "satchat",
        "indices" : [ 48, 56 ]
      }, {
        "text" : "whatisschool",
        "indices" : [ 57, 70 ]
      }, {
        "text" : "ukedchat",
        "indices" : [ 71, 80 ]
      }, {
        "text" : "UKEdResChat",
        "indices" : [ 81, 93 ]
      }, {
        "text" : "aussieED",
        "indices" : [ 94, 103 ]
      }, {
        "text" : "sunchat",
        "indices" : [ 104, 112 ]
      }, {
        "text" : "cpchat",
        "indices" : [ 113, 120 ]
      } ],
      "urls" : [ {
        "indices" : [ 16, 39 ],
        "url" : "https:\/\/t.co\/Kgab8RZnxx",
        "expanded_url" : "https:\/\/theeduflaneuse.com\/2017\/03\/10\/e4l\/",
        "display_url" : "theeduflaneuse.com\/2017\/03\/10\/e4l\/"
      } ]
    },
    "geo" : { },
    "id_str" : "839990104626102272",
    "text" : "New post today: https:\/\/t.co\/Kgab8RZnxx #edchat #satchat #whatisschool #ukedchat #UKEdResChat #aussieED #sunchat #cpchat",
    "id" : 839990104626102272,
    "created_at" : "2017-03-10 00:03:41 +0000",
    "user" : {
      "name" : "Dr Deborah Netolicky",
      "screen_name" : "debsnet",
      "protected" : false,
      "id_str" : "88375038",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/920275342203351040\/KCBdrkLx_normal.jpg",
      "id" : 88375038,
      "verified" : false
    }
  },
  "id" : 840453723516198912,
  "created_at" : "2017-03-11 06:45:57 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Science GIFs\u269B\uFE0F",
      "screen_name" : "Learn_Things",
      "indices" : [ 0, 13 ],
      "id_str" : "593370001",
      "id" : 593370001
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "840439104932368385",
  "geo" : { },
  "id_str" : "840452299474448384",
  "in_reply_to_user_id" : 593370001,
  "text" : "@Learn_Things And the next questions would be, what happens if the cannon is mounted other way around &amp; then at 90\u00B0?",
  "id" : 840452299474448384,
  "in_reply_to_status_id" : 840439104932368385,
  "created_at" : "2017-03-11 06:40:17 +0000",
  "in_reply_to_screen_name" : "Learn_Things",
  "in_reply_to_user_id_str" : "593370001",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Helen Czerski",
      "screen_name" : "helenczerski",
      "indices" : [ 51, 64 ],
      "id_str" : "460187847",
      "id" : 460187847
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "BBC4",
      "indices" : [ 101, 106 ]
    } ],
    "urls" : [ {
      "indices" : [ 77, 100 ],
      "url" : "https:\/\/t.co\/As977H0pvt",
      "expanded_url" : "http:\/\/bbc.in\/2maYwlJ",
      "display_url" : "bbc.in\/2maYwlJ"
    } ]
  },
  "geo" : { },
  "id_str" : "840450842113241088",
  "text" : "Teaching 'Sound &amp; Hearing?' \"Using Sound\" with @helenczerski is superb.  https:\/\/t.co\/As977H0pvt #BBC4",
  "id" : 840450842113241088,
  "created_at" : "2017-03-11 06:34:30 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kristian Still",
      "screen_name" : "KristianStill",
      "indices" : [ 31, 45 ],
      "id_str" : "815781",
      "id" : 815781
    }, {
      "name" : "Radio EDUtalk",
      "screen_name" : "EDUtalkr",
      "indices" : [ 130, 139 ],
      "id_str" : "77933462",
      "id" : 77933462
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "edutalk",
      "indices" : [ 3, 11 ]
    }, {
      "text" : "CPDin140",
      "indices" : [ 20, 29 ]
    } ],
    "urls" : [ {
      "indices" : [ 106, 129 ],
      "url" : "https:\/\/t.co\/kvYsZztkK5",
      "expanded_url" : "http:\/\/www.edutalk.info\/cpd-in-140-kristian-still\/",
      "display_url" : "edutalk.info\/cpd-in-140-kri\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "840318993848291332",
  "text" : "On #edutalk another #CPDin140. @KristianStill discusses his experiences of Twitter - Good. Bad (No Ugly?) https:\/\/t.co\/kvYsZztkK5 @edutalkr",
  "id" : 840318993848291332,
  "created_at" : "2017-03-10 21:50:35 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 0, 15 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 77, 100 ],
      "url" : "https:\/\/t.co\/Ny8cSE44kf",
      "expanded_url" : "https:\/\/www.theguardian.com\/commentisfree\/2016\/sep\/13\/sentence-order-adjectives-rule-elements-of-eloquence-dictionary",
      "display_url" : "theguardian.com\/commentisfree\/\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "840207440000012289",
  "in_reply_to_user_id" : 2599453764,
  "text" : "@mrchrisjbailey It wasn't this specific article, but this was the gist of it https:\/\/t.co\/Ny8cSE44kf adjective order",
  "id" : 840207440000012289,
  "created_at" : "2017-03-10 14:27:18 +0000",
  "in_reply_to_screen_name" : "mrchrisjbailey",
  "in_reply_to_user_id_str" : "2599453764",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Anchor",
      "screen_name" : "anchor",
      "indices" : [ 0, 7 ],
      "id_str" : "3044472165",
      "id" : 3044472165
    }, {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 124, 137 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 100, 123 ],
      "url" : "https:\/\/t.co\/dtSBQtWKNN",
      "expanded_url" : "https:\/\/v1.anchor.fm\/w\/A5794D",
      "display_url" : "v1.anchor.fm\/w\/A5794D"
    } ]
  },
  "in_reply_to_status_id_str" : "839562751836098577",
  "geo" : { },
  "id_str" : "839566888057376769",
  "in_reply_to_user_id" : 3044472165,
  "text" : "@anchor What I need to b able to do is allow respondees 2 continue a sequence already started. E.g. https:\/\/t.co\/dtSBQtWKNN @johnjohnston",
  "id" : 839566888057376769,
  "in_reply_to_status_id" : 839562751836098577,
  "created_at" : "2017-03-08 20:01:59 +0000",
  "in_reply_to_screen_name" : "anchor",
  "in_reply_to_user_id_str" : "3044472165",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Anchor",
      "screen_name" : "anchor",
      "indices" : [ 0, 7 ],
      "id_str" : "3044472165",
      "id" : 3044472165
    }, {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 126, 139 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "839562751836098577",
  "geo" : { },
  "id_str" : "839566551279861760",
  "in_reply_to_user_id" : 3044472165,
  "text" : "@anchor Thanks. Have found how 2 clip from 'Your archive', but doesn't seem to clip the whole sequence, just my contribution? @johnjohnston",
  "id" : 839566551279861760,
  "in_reply_to_status_id" : 839562751836098577,
  "created_at" : "2017-03-08 20:00:38 +0000",
  "in_reply_to_screen_name" : "anchor",
  "in_reply_to_user_id_str" : "3044472165",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    }, {
      "name" : "Anchor",
      "screen_name" : "anchor",
      "indices" : [ 131, 138 ],
      "id_str" : "3044472165",
      "id" : 3044472165
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "839548220674097152",
  "geo" : { },
  "id_str" : "839549678232485888",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston Yeah. 'Stations' look like they might be useful, but it means nothing until I can find my (or someone else's) waves! @anchor",
  "id" : 839549678232485888,
  "in_reply_to_status_id" : 839548220674097152,
  "created_at" : "2017-03-08 18:53:36 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "839531579965865986",
  "geo" : { },
  "id_str" : "839547953597595648",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston Just about to start an interview, but will check again later &amp; get back to you.",
  "id" : 839547953597595648,
  "in_reply_to_status_id" : 839531579965865986,
  "created_at" : "2017-03-08 18:46:44 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "john johnston",
      "screen_name" : "johnjohnston",
      "indices" : [ 0, 13 ],
      "id_str" : "7484192",
      "id" : 7484192
    }, {
      "name" : "Anchor",
      "screen_name" : "anchor",
      "indices" : [ 126, 133 ],
      "id_str" : "3044472165",
      "id" : 3044472165
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "839531579965865986",
  "geo" : { },
  "id_str" : "839547210576560128",
  "in_reply_to_user_id" : 7484192,
  "text" : "@johnjohnston Oh wow John. Me too! The clips are visible from the web links, but I can't find them from within the (new) app! @anchor",
  "id" : 839547210576560128,
  "in_reply_to_status_id" : 839531579965865986,
  "created_at" : "2017-03-08 18:43:47 +0000",
  "in_reply_to_screen_name" : "johnjohnston",
  "in_reply_to_user_id_str" : "7484192",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 10, 25 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 105, 128 ],
      "url" : "https:\/\/t.co\/KL3TFzYEGc",
      "expanded_url" : "http:\/\/firstmonday.org\/ojs\/index.php\/fm\/article\/view\/7072",
      "display_url" : "firstmonday.org\/ojs\/index.php\/\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "839477487314808832",
  "text" : "Wonder if @mrchrisjbailey would be interested in 'Spatio-temporal mapping of street art using Instagram' https:\/\/t.co\/KL3TFzYEGc (seen it?)",
  "id" : 839477487314808832,
  "created_at" : "2017-03-08 14:06:44 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "GoogleDoodle",
      "indices" : [ 8, 21 ]
    } ],
    "urls" : [ {
      "indices" : [ 57, 80 ],
      "url" : "https:\/\/t.co\/B8BBv1bIng",
      "expanded_url" : "https:\/\/g.co\/doodle\/2tmg7t",
      "display_url" : "g.co\/doodle\/2tmg7t"
    } ]
  },
  "geo" : { },
  "id_str" : "839416591385231360",
  "text" : "Today's #GoogleDoodle celebrating Internatnl Women's Day\nhttps:\/\/t.co\/B8BBv1bIng\nAshamed 2 say didn't know the women in all the images :-(",
  "id" : 839416591385231360,
  "created_at" : "2017-03-08 10:04:45 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 49, 61 ]
    } ],
    "urls" : [ {
      "indices" : [ 83, 106 ],
      "url" : "https:\/\/t.co\/qnokPeEPvp",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/05\/anchors-aweigh\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/05\/anc\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "839219845753372672",
  "text" : "If you can spare *1 minute* to answer a question #4MyResearch on how u use Twitter https:\/\/t.co\/qnokPeEPvp \u2026 I'd be so grateful. Thanks :-)",
  "id" : 839219845753372672,
  "created_at" : "2017-03-07 21:02:57 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Daniel Miller",
      "screen_name" : "DannyAnth",
      "indices" : [ 26, 36 ],
      "id_str" : "55514717",
      "id" : 55514717
    }, {
      "name" : "Jolynna Sinanan",
      "screen_name" : "jolynnasinanan",
      "indices" : [ 43, 58 ],
      "id_str" : "25041476",
      "id" : 25041476
    }, {
      "name" : "UCLWhyWePost",
      "screen_name" : "UCLWhyWePost",
      "indices" : [ 128, 141 ],
      "id_str" : "511605710",
      "id" : 511605710
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "WhyWePost",
      "indices" : [ 117, 127 ]
    } ],
    "urls" : [ {
      "indices" : [ 93, 116 ],
      "url" : "https:\/\/t.co\/0CmgWHZ9rs",
      "expanded_url" : "http:\/\/blogs.ucl.ac.uk\/global-social-media\/2017\/03\/07\/visualising-facebook-daniel-miller-jolynna-sinanan\/",
      "display_url" : "blogs.ucl.ac.uk\/global-social-\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "839219415774285824",
  "text" : "'Visualising Facebook' by @DannyAnth &amp; @jolynnasinanan now released as free PDF download https:\/\/t.co\/0CmgWHZ9rs #WhyWePost @UCLWhyWePost",
  "id" : 839219415774285824,
  "created_at" : "2017-03-07 21:01:15 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dr TamsinBowersBrown",
      "screen_name" : "TBowersBrown",
      "indices" : [ 3, 16 ],
      "id_str" : "632278921",
      "id" : 632278921
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "839210030536736774",
  "text" : "RT @TBowersBrown: Just been to parents' evening. Teachers work so bloody hard. This is a shout out to all the amazing teachers. Thank you .",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "839170403553656832",
    "text" : "Just been to parents' evening. Teachers work so bloody hard. This is a shout out to all the amazing teachers. Thank you .",
    "id" : 839170403553656832,
    "created_at" : "2017-03-07 17:46:29 +0000",
    "user" : {
      "name" : "Dr TamsinBowersBrown",
      "screen_name" : "TBowersBrown",
      "protected" : false,
      "id_str" : "632278921",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/925640812129644544\/DsXtWpqN_normal.jpg",
      "id" : 632278921,
      "verified" : false
    }
  },
  "id" : 839210030536736774,
  "created_at" : "2017-03-07 20:23:57 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 45, 57 ]
    } ],
    "urls" : [ {
      "indices" : [ 81, 104 ],
      "url" : "https:\/\/t.co\/qnokPeEPvp",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/05\/anchors-aweigh\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/05\/anc\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "838715156012085248",
  "text" : "If u can spare *1 minute* to answer a questn #4MyResearch on how you use Twitter https:\/\/t.co\/qnokPeEPvp I'd be really grateful. Thanks :-)",
  "id" : 838715156012085248,
  "created_at" : "2017-03-06 11:37:30 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "https:\/\/twitter.com\/IaninSheffield\/status\/838494745026576384\/photo\/1",
      "indices" : [ 76, 99 ],
      "url" : "https:\/\/t.co\/jcZCFvdUWH",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/C6Luhn7WcAQt1ga.jpg",
      "id_str" : "838494742065344516",
      "id" : 838494742065344516,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C6Luhn7WcAQt1ga.jpg",
      "sizes" : [ {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      } ],
      "display_url" : "pic.twitter.com\/jcZCFvdUWH"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "838494745026576384",
  "text" : "Somehow, I don't think Mary would be impressed with the sunken sultanas :-\/ https:\/\/t.co\/jcZCFvdUWH",
  "id" : 838494745026576384,
  "created_at" : "2017-03-05 21:01:40 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "HappyMouffetard",
      "screen_name" : "HappyMouffetard",
      "indices" : [ 0, 16 ],
      "id_str" : "23608267",
      "id" : 23608267
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "838487338535763968",
  "geo" : { },
  "id_str" : "838493458859966464",
  "in_reply_to_user_id" : 23608267,
  "text" : "@HappyMouffetard Seriously? Nothing from the Mouffetard\/Casserole stable comes as a surprise ;-)",
  "id" : 838493458859966464,
  "in_reply_to_status_id" : 838487338535763968,
  "created_at" : "2017-03-05 20:56:33 +0000",
  "in_reply_to_screen_name" : "HappyMouffetard",
  "in_reply_to_user_id_str" : "23608267",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "MA Kupin-Lisbin",
      "screen_name" : "KupinMa",
      "indices" : [ 53, 61 ],
      "id_str" : "824648832457777155",
      "id" : 824648832457777155
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 90, 113 ],
      "url" : "https:\/\/t.co\/XQeTuZIj3R",
      "expanded_url" : "https:\/\/twitter.com\/KupinMa\/status\/838214942817931266",
      "display_url" : "twitter.com\/KupinMa\/status\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "838485807249960960",
  "text" : "@tucker_million What do you think Tucker? (I suspect @KupinMa might have nailed it though https:\/\/t.co\/XQeTuZIj3R)",
  "id" : 838485807249960960,
  "created_at" : "2017-03-05 20:26:09 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Emily Rankin",
      "screen_name" : "TeachRankin",
      "indices" : [ 0, 12 ],
      "id_str" : "770831659",
      "id" : 770831659
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "838470401189625857",
  "geo" : { },
  "id_str" : "838483992210964481",
  "in_reply_to_user_id" : 770831659,
  "text" : "@TeachRankin Visibility puts it into gen consciousness I guess, then when coupled with utility (\"resource gems\"), you start to get take up?",
  "id" : 838483992210964481,
  "in_reply_to_status_id" : 838470401189625857,
  "created_at" : "2017-03-05 20:18:56 +0000",
  "in_reply_to_screen_name" : "TeachRankin",
  "in_reply_to_user_id_str" : "770831659",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Emily Rankin",
      "screen_name" : "TeachRankin",
      "indices" : [ 0, 12 ],
      "id_str" : "770831659",
      "id" : 770831659
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "838470872939782145",
  "geo" : { },
  "id_str" : "838483232123457539",
  "in_reply_to_user_id" : 770831659,
  "text" : "@TeachRankin I suspect that's a slightly higher proportion than the teaching professn as a whole ;-) I guess that gives positive momentum.",
  "id" : 838483232123457539,
  "in_reply_to_status_id" : 838470872939782145,
  "created_at" : "2017-03-05 20:15:55 +0000",
  "in_reply_to_screen_name" : "TeachRankin",
  "in_reply_to_user_id_str" : "770831659",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Michael Davidson",
      "screen_name" : "michaelteacher",
      "indices" : [ 0, 15 ],
      "id_str" : "3156850860",
      "id" : 3156850860
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "838294355668434946",
  "geo" : { },
  "id_str" : "838482302128828417",
  "in_reply_to_user_id" : 3156850860,
  "text" : "@michaelteacher Many thanks Michael. Grateful for your time and your insights \uD83D\uDC4D\uD83D\uDC4D",
  "id" : 838482302128828417,
  "in_reply_to_status_id" : 838294355668434946,
  "created_at" : "2017-03-05 20:12:13 +0000",
  "in_reply_to_screen_name" : "michaelteacher",
  "in_reply_to_user_id_str" : "3156850860",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 46, 58 ]
    } ],
    "urls" : [ {
      "indices" : [ 83, 106 ],
      "url" : "https:\/\/t.co\/qnokPeEPvp",
      "expanded_url" : "https:\/\/cpdin140.wordpress.com\/2017\/03\/05\/anchors-aweigh\/",
      "display_url" : "cpdin140.wordpress.com\/2017\/03\/05\/anc\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "838480726928535552",
  "text" : "Can you spare *1 minute* to answer a question #4MyResearch on how you use Twitter? https:\/\/t.co\/qnokPeEPvp I'd be grateful for your help :-)",
  "id" : 838480726928535552,
  "created_at" : "2017-03-05 20:05:58 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Theo Kuechel",
      "screen_name" : "TheoKL",
      "indices" : [ 3, 10 ],
      "id_str" : "1290061",
      "id" : 1290061
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "838416096726237184",
  "text" : "RT @TheoKL: Page with links to 5million + openly licensed images, audio &amp; video files educators can use safely &amp; legally  http:\/\/t.co\/EHcgb\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/sites.google.com\/site\/yorufukurou\/\" rel=\"nofollow\"\u003EYoruFukurou\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 118, 140 ],
        "url" : "http:\/\/t.co\/EHcgbytFb0",
        "expanded_url" : "http:\/\/opencontenttoolkit.wikispaces.com\/Sources",
        "display_url" : "opencontenttoolkit.wikispaces.com\/Sources"
      } ]
    },
    "geo" : { },
    "id_str" : "563107716072493059",
    "text" : "Page with links to 5million + openly licensed images, audio &amp; video files educators can use safely &amp; legally  http:\/\/t.co\/EHcgbytFb0 pls RT",
    "id" : 563107716072493059,
    "created_at" : "2015-02-04 22:51:56 +0000",
    "user" : {
      "name" : "Theo Kuechel",
      "screen_name" : "TheoKL",
      "protected" : false,
      "id_str" : "1290061",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/689957937545113601\/z79K8wBd_normal.jpg",
      "id" : 1290061,
      "verified" : false
    }
  },
  "id" : 838416096726237184,
  "created_at" : "2017-03-05 15:49:09 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Aaron Davis \uD83C\uDFD8\uFE0F",
      "screen_name" : "mrkrndvs",
      "indices" : [ 12, 21 ],
      "id_str" : "372768752",
      "id" : 372768752
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "4MyResearch",
      "indices" : [ 124, 136 ]
    } ],
    "urls" : [ {
      "indices" : [ 50, 73 ],
      "url" : "https:\/\/t.co\/9DRLq4AbhM",
      "expanded_url" : "https:\/\/anchor.fm\/w\/A5794D",
      "display_url" : "anchor.fm\/w\/A5794D"
    } ]
  },
  "geo" : { },
  "id_str" : "838112468241113093",
  "text" : "Grateful to @mrkrndvs 4 replying 2 my Anchor post https:\/\/t.co\/9DRLq4AbhM\nJoin us, and let me know what brought u 2 Twitter #4MyResearch Thx",
  "id" : 838112468241113093,
  "created_at" : "2017-03-04 19:42:38 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 0, 12 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "837962954054184961",
  "geo" : { },
  "id_str" : "837987202583916544",
  "in_reply_to_user_id" : 843365802,
  "text" : "@MartinaEmke Glad it was useful :-)",
  "id" : 837987202583916544,
  "in_reply_to_status_id" : 837962954054184961,
  "created_at" : "2017-03-04 11:24:52 +0000",
  "in_reply_to_screen_name" : "MartinaEmke",
  "in_reply_to_user_id_str" : "843365802",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "https:\/\/twitter.com\/IaninSheffield\/status\/837986981992857600\/photo\/1",
      "indices" : [ 63, 86 ],
      "url" : "https:\/\/t.co\/lh3M6AI3FN",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/C6Egt3KXEAApUWf.jpg",
      "id_str" : "837986977941229568",
      "id" : 837986977941229568,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C6Egt3KXEAApUWf.jpg",
      "sizes" : [ {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 480,
        "resize" : "fit",
        "w" : 640
      } ],
      "display_url" : "pic.twitter.com\/lh3M6AI3FN"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "837986981992857600",
  "text" : "I wonder if, just once, I might be slightly ahead of the game? https:\/\/t.co\/lh3M6AI3FN",
  "id" : 837986981992857600,
  "created_at" : "2017-03-04 11:24:00 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Helen Czerski",
      "screen_name" : "helenczerski",
      "indices" : [ 32, 45 ],
      "id_str" : "460187847",
      "id" : 460187847
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "BBC4",
      "indices" : [ 49, 54 ]
    } ],
    "urls" : [ {
      "indices" : [ 55, 78 ],
      "url" : "https:\/\/t.co\/s3JLsHGg75",
      "expanded_url" : "http:\/\/bbc.in\/2lF3DKF",
      "display_url" : "bbc.in\/2lF3DKF"
    } ]
  },
  "geo" : { },
  "id_str" : "837808405288976384",
  "text" : "'The Symphony of Physics' &amp; @helenczerski on #BBC4 https:\/\/t.co\/s3JLsHGg75 Brilliant! Wld use this w\/ my students in a shot!",
  "id" : 837808405288976384,
  "created_at" : "2017-03-03 23:34:24 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Squarah Helm",
      "screen_name" : "MrsSHelm",
      "indices" : [ 0, 9 ],
      "id_str" : "630651981",
      "id" : 630651981
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "837433193699500032",
  "geo" : { },
  "id_str" : "837562619733164032",
  "in_reply_to_user_id" : 630651981,
  "text" : "@MrsSHelm ... and hopefully will continue to do so as you enjoy your new role \uD83D\uDE42 On which, congratulations btw, and thx again 4 your help \uD83D\uDE42",
  "id" : 837562619733164032,
  "in_reply_to_status_id" : 837433193699500032,
  "created_at" : "2017-03-03 07:17:44 +0000",
  "in_reply_to_screen_name" : "MrsSHelm",
  "in_reply_to_user_id_str" : "630651981",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andy Kirk",
      "screen_name" : "visualisingdata",
      "indices" : [ 103, 119 ],
      "id_str" : "137712607",
      "id" : 137712607
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "NSMNSS",
      "indices" : [ 120, 127 ]
    } ],
    "urls" : [ {
      "indices" : [ 69, 92 ],
      "url" : "https:\/\/t.co\/fMdlCdDwV0",
      "expanded_url" : "http:\/\/datastori.es\/92-a-tribute-to-hans-rosling\/",
      "display_url" : "datastori.es\/92-a-tribute-t\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "837353094035955712",
  "text" : "Tribute to Hans Rosling, the 'Feynman of data vis' on Data Stories - https:\/\/t.co\/fMdlCdDwV0 featuring @visualisingdata #NSMNSS",
  "id" : 837353094035955712,
  "created_at" : "2017-03-02 17:25:09 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Physics World",
      "screen_name" : "PhysicsWorld",
      "indices" : [ 3, 16 ],
      "id_str" : "28543386",
      "id" : 28543386
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "WorldBookDay",
      "indices" : [ 95, 108 ]
    }, {
      "text" : "PhysicsWorldDiscovery",
      "indices" : [ 109, 131 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "837345699935182851",
  "text" : "RT @PhysicsWorld: Introducing Physics World Discovery: our new free-to-read, short-form ebooks #WorldBookDay #PhysicsWorldDiscovery https:\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/www.hootsuite.com\" rel=\"nofollow\"\u003EHootsuite\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "https:\/\/twitter.com\/PhysicsWorld\/status\/837340361173438464\/photo\/1",
        "indices" : [ 138, 161 ],
        "url" : "https:\/\/t.co\/mopw3rmOb1",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/C57UnsGWYAAcdLm.jpg",
        "id_str" : "837340359055269888",
        "id" : 837340359055269888,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/C57UnsGWYAAcdLm.jpg",
        "sizes" : [ {
          "h" : 440,
          "resize" : "fit",
          "w" : 880
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 340,
          "resize" : "fit",
          "w" : 680
        }, {
          "h" : 440,
          "resize" : "fit",
          "w" : 880
        }, {
          "h" : 440,
          "resize" : "fit",
          "w" : 880
        } ],
        "display_url" : "pic.twitter.com\/mopw3rmOb1"
      } ],
      "hashtags" : [ {
        "text" : "WorldBookDay",
        "indices" : [ 77, 90 ]
      }, {
        "text" : "PhysicsWorldDiscovery",
        "indices" : [ 91, 113 ]
      } ],
      "urls" : [ {
        "indices" : [ 114, 137 ],
        "url" : "https:\/\/t.co\/wDrUNy9IXb",
        "expanded_url" : "http:\/\/ow.ly\/S4hk309wnTR",
        "display_url" : "ow.ly\/S4hk309wnTR"
      } ]
    },
    "geo" : { },
    "id_str" : "837340361173438464",
    "text" : "Introducing Physics World Discovery: our new free-to-read, short-form ebooks #WorldBookDay #PhysicsWorldDiscovery https:\/\/t.co\/wDrUNy9IXb https:\/\/t.co\/mopw3rmOb1",
    "id" : 837340361173438464,
    "created_at" : "2017-03-02 16:34:33 +0000",
    "user" : {
      "name" : "Physics World",
      "screen_name" : "PhysicsWorld",
      "protected" : false,
      "id_str" : "28543386",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/878178557079498752\/xwMRj51A_normal.jpg",
      "id" : 28543386,
      "verified" : true
    }
  },
  "id" : 837345699935182851,
  "created_at" : "2017-03-02 16:55:46 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 16, 28 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 52, 75 ],
      "url" : "https:\/\/t.co\/2mbcRGAu0H",
      "expanded_url" : "https:\/\/twitter.com\/timbuckteeth\/status\/837252346228977665",
      "display_url" : "twitter.com\/timbuckteeth\/s\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "837261414226079744",
  "text" : "Another one for @MartinaEmke 's s Friday study day? https:\/\/t.co\/2mbcRGAu0H",
  "id" : 837261414226079744,
  "created_at" : "2017-03-02 11:20:51 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Squarah Helm",
      "screen_name" : "MrsSHelm",
      "indices" : [ 0, 9 ],
      "id_str" : "630651981",
      "id" : 630651981
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "837061027435016192",
  "geo" : { },
  "id_str" : "837226776673812480",
  "in_reply_to_user_id" : 630651981,
  "text" : "@MrsSHelm ... AND conversations 'supporting change.'\nDid (or will) anything concrete come of them do you think?",
  "id" : 837226776673812480,
  "in_reply_to_status_id" : 837061027435016192,
  "created_at" : "2017-03-02 09:03:13 +0000",
  "in_reply_to_screen_name" : "MrsSHelm",
  "in_reply_to_user_id_str" : "630651981",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Squarah Helm",
      "screen_name" : "MrsSHelm",
      "indices" : [ 0, 9 ],
      "id_str" : "630651981",
      "id" : 630651981
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "837061027435016192",
  "geo" : { },
  "id_str" : "837226320287395840",
  "in_reply_to_user_id" : 630651981,
  "text" : "@MrsSHelm That's a priceless tweet for me Sarah :-)\nConference (formal), Twitter (online) &amp; pub convo (informal offline) all in one day!",
  "id" : 837226320287395840,
  "in_reply_to_status_id" : 837061027435016192,
  "created_at" : "2017-03-02 09:01:24 +0000",
  "in_reply_to_screen_name" : "MrsSHelm",
  "in_reply_to_user_id_str" : "630651981",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "837023919114752008",
  "geo" : { },
  "id_str" : "837028933795254273",
  "in_reply_to_user_id" : 770831659,
  "text" : "@EmilySueRankin Thx.\nYes I think that's fair and to be expected.\nWhat would you say has moved it beyond 'gimmick' stage, if indeed it has?",
  "id" : 837028933795254273,
  "in_reply_to_status_id" : 837023919114752008,
  "created_at" : "2017-03-01 19:57:03 +0000",
  "in_reply_to_screen_name" : "TeachRankin",
  "in_reply_to_user_id_str" : "770831659",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chris Bailey",
      "screen_name" : "mrchrisjbailey",
      "indices" : [ 80, 95 ],
      "id_str" : "2599453764",
      "id" : 2599453764
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 44, 67 ],
      "url" : "https:\/\/t.co\/YYkcXHnFEe",
      "expanded_url" : "http:\/\/www.phdcomics.com\/comics.php?f=1926",
      "display_url" : "phdcomics.com\/comics.php?f=1\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "837027775101853697",
  "text" : "So how many words is a 1000 pictures worth? https:\/\/t.co\/YYkcXHnFEe Don't think @mrchrisjbailey will have any problems in a few weeks' time",
  "id" : 837027775101853697,
  "created_at" : "2017-03-01 19:52:27 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Martina Emke",
      "screen_name" : "MartinaEmke",
      "indices" : [ 125, 137 ],
      "id_str" : "843365802",
      "id" : 843365802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 98, 121 ],
      "url" : "https:\/\/t.co\/W7YwHuqvzF",
      "expanded_url" : "http:\/\/www.irrodl.org\/index.php\/irrodl\/article\/view\/2644",
      "display_url" : "irrodl.org\/index.php\/irro\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "837024000702361600",
  "text" : "\"Properties of Teacher Networks in Twitter: Are They Related to Community-Based Peer Production?\" https:\/\/t.co\/W7YwHuqvzF cc @MartinaEmke",
  "id" : 837024000702361600,
  "created_at" : "2017-03-01 19:37:27 +0000",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "836700213897216000",
  "geo" : { },
  "id_str" : "836873885291270144",
  "in_reply_to_user_id" : 2801111675,
  "text" : "@bilingual_bees That's really helpful \uD83D\uDE42 Thanks so much for your time &amp; patience \uD83D\uDC4D\uD83D\uDC4D",
  "id" : 836873885291270144,
  "in_reply_to_status_id" : 836700213897216000,
  "created_at" : "2017-03-01 09:40:57 +0000",
  "in_reply_to_screen_name" : "yearsixmiss",
  "in_reply_to_user_id_str" : "2801111675",
  "user" : {
    "name" : "Ian Guest",
    "screen_name" : "IaninSheffield",
    "protected" : false,
    "id_str" : "21324520",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476823938568163328\/boGjK4q1_normal.jpeg",
    "id" : 21324520,
    "verified" : false
  }
} ]