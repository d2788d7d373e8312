Grailbird.data.tweets_2014_03 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/www.echofon.com\" rel=\"nofollow\"\u003EEchofon  Android\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Aaron Davis \uD83C\uDFD8\uFE0F",
      "screen_name" : "mrkrndvs",
      "indices" : [ 3, 12 ],
      "id_str" : "372768752",
      "id" : 372768752
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "edreform",
      "indices" : [ 89, 98 ]
    } ],
    "urls" : [ {
      "indices" : [ 65, 87 ],
      "url" : "http:\/\/t.co\/7U7Mx5viwc",
      "expanded_url" : "http:\/\/dingwritingresponding.blogspot.com.au\/2014\/03\/so-whi",
      "display_url" : "dingwritingresponding.blogspot.com.au\/2014\/03\/so-whi"
    } ]
  },
  "geo" : { },
  "id_str" : "450767663351218177",
  "text" : "RT @mrkrndvs So Which Pedagogical Cocktails Are Drinking Today? \u2026http:\/\/t.co\/7U7Mx5viwc\u2026 #edreform",
  "id" : 450767663351218177,
  "created_at" : "2014-03-31 22:52:40 +0000",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "450616830764150784",
  "geo" : { },
  "id_str" : "450722896638672896",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Looking good! Like your change in emphasis on RQ3.\nHave added final few suggestions, but other than that, good to go!",
  "id" : 450722896638672896,
  "in_reply_to_status_id" : 450616830764150784,
  "created_at" : "2014-03-31 19:54:47 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "450616830764150784",
  "geo" : { },
  "id_str" : "450631151854837760",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Well done that man! Might have to wait till I get home though. Back in touch later.",
  "id" : 450631151854837760,
  "in_reply_to_status_id" : 450616830764150784,
  "created_at" : "2014-03-31 13:50:13 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "450438909583847424",
  "geo" : { },
  "id_str" : "450614703740690433",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Mutual squire. Mutual :-)",
  "id" : 450614703740690433,
  "in_reply_to_status_id" : 450438909583847424,
  "created_at" : "2014-03-31 12:44:52 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
      "text" : "cas",
      "indices" : [ 140, 144 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "450612981538492416",
  "text" : "Have a Y9 student who's trying to solve a problem using Python &amp; needs a bit of support. NE1 know a community I can direct her towards? #cas",
  "id" : 450612981538492416,
  "created_at" : "2014-03-31 12:38:01 +0000",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "450355622253699072",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Well done sir. Things seem to be coming along quite nicely.",
  "id" : 450355622253699072,
  "created_at" : "2014-03-30 19:35:22 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "asechat",
      "indices" : [ 92, 100 ]
    }, {
      "text" : "bbcclick",
      "indices" : [ 101, 110 ]
    } ],
    "urls" : [ {
      "indices" : [ 69, 91 ],
      "url" : "http:\/\/t.co\/XHfFJJOIHJ",
      "expanded_url" : "http:\/\/www.bareconductive.com\/",
      "display_url" : "bareconductive.com"
    } ]
  },
  "geo" : { },
  "id_str" : "450309156768317440",
  "text" : "2\/2 And circuits you can draw ... WHICH WORK! using conductive paint http:\/\/t.co\/XHfFJJOIHJ #asechat #bbcclick",
  "id" : 450309156768317440,
  "created_at" : "2014-03-30 16:30:43 +0000",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "bbcclick",
      "indices" : [ 3, 12 ]
    }, {
      "text" : "asechat",
      "indices" : [ 35, 43 ]
    } ],
    "urls" : [ {
      "indices" : [ 85, 107 ],
      "url" : "http:\/\/t.co\/634OvqzbMN",
      "expanded_url" : "http:\/\/bit.ly\/1kc7wAc",
      "display_url" : "bit.ly\/1kc7wAc"
    } ]
  },
  "geo" : { },
  "id_str" : "450308040731156482",
  "text" : "On #bbcclick this week, plenty for #asechat like an iphone spectrometer - free (ish) http:\/\/t.co\/634OvqzbMN 1\/2",
  "id" : 450308040731156482,
  "created_at" : "2014-03-30 16:26:17 +0000",
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
      "indices" : [ 97, 119 ],
      "url" : "http:\/\/t.co\/tdsGjbLAgf",
      "expanded_url" : "http:\/\/www.edutopia.org\/multimodal-learning-teaching-methods-media",
      "display_url" : "edutopia.org\/multimodal-lea\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "449995197414658048",
  "text" : "The 'myth' of the 'Cone of Learning' (We remember 10% of what we read, 20% of what we see...etc) http:\/\/t.co\/tdsGjbLAgf -see research report",
  "id" : 449995197414658048,
  "created_at" : "2014-03-29 19:43:10 +0000",
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
  "id_str" : "449817357721292800",
  "text" : "Wondering who @josepicardoSHS will be 'upsetting' this weekend? ;-)",
  "id" : 449817357721292800,
  "created_at" : "2014-03-29 07:56:29 +0000",
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
      "name" : "James Langley",
      "screen_name" : "lordlangley73",
      "indices" : [ 0, 14 ],
      "id_str" : "64987892",
      "id" : 64987892
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "448955392216014848",
  "geo" : { },
  "id_str" : "448969152116838400",
  "in_reply_to_user_id" : 64987892,
  "text" : "@lordlangley73 Many congratulations, and I have to say I never realised what delicate hands you have!",
  "id" : 448969152116838400,
  "in_reply_to_status_id" : 448955392216014848,
  "created_at" : "2014-03-26 23:46:01 +0000",
  "in_reply_to_screen_name" : "lordlangley73",
  "in_reply_to_user_id_str" : "64987892",
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
      "text" : "eNOOBs",
      "indices" : [ 79, 86 ]
    } ],
    "urls" : [ {
      "indices" : [ 46, 68 ],
      "url" : "http:\/\/t.co\/XFQ4km11H6",
      "expanded_url" : "http:\/\/www.e-continua.com\/documentos\/web_didactica_caladine.pdf",
      "display_url" : "e-continua.com\/documentos\/web\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "448924116503232513",
  "text" : "\"Enhancing eLearning with Media-rich Content\" http:\/\/t.co\/XFQ4km11H6 [3Mb PDF] #eNOOBs",
  "id" : 448924116503232513,
  "created_at" : "2014-03-26 20:47:04 +0000",
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
      "name" : "Richard Millwood",
      "screen_name" : "richardmillwood",
      "indices" : [ 0, 16 ],
      "id_str" : "14282238",
      "id" : 14282238
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "nesta",
      "indices" : [ 117, 123 ]
    }, {
      "text" : "teachmeet",
      "indices" : [ 124, 134 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "448897161758253056",
  "geo" : { },
  "id_str" : "448906192589684737",
  "in_reply_to_user_id" : 14282238,
  "text" : "@richardmillwood But would it not be fair to say we associate with like-minded individuals in the offline world too? #nesta #teachmeet",
  "id" : 448906192589684737,
  "in_reply_to_status_id" : 448897161758253056,
  "created_at" : "2014-03-26 19:35:51 +0000",
  "in_reply_to_screen_name" : "richardmillwood",
  "in_reply_to_user_id_str" : "14282238",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "448192991358758912",
  "geo" : { },
  "id_str" : "448196811854196736",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Certainly. I say go for it! :-)\nAny thing you want me to do? Might struggle tonight (UK), but can get stuck in from tomorrow.",
  "id" : 448196811854196736,
  "in_reply_to_status_id" : 448192991358758912,
  "created_at" : "2014-03-24 20:37:01 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "447899453442121729",
  "geo" : { },
  "id_str" : "448190736924966912",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Oops! I'm equally guilty though as it had slipped my mind too.\nWhat do you want to do?",
  "id" : 448190736924966912,
  "in_reply_to_status_id" : 447899453442121729,
  "created_at" : "2014-03-24 20:12:53 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 12, 22 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 43, 65 ],
      "url" : "http:\/\/t.co\/eVlGZAHyIT",
      "expanded_url" : "http:\/\/www.telic-stories.co.uk\/",
      "display_url" : "telic-stories.co.uk"
    } ]
  },
  "geo" : { },
  "id_str" : "447756862931619840",
  "text" : "Shoutout to @largerama in my TELIC 'Story' http:\/\/t.co\/eVlGZAHyIT (Sorry buddy, but did I ever point you to the finished product?)",
  "id" : 447756862931619840,
  "created_at" : "2014-03-23 15:28:49 +0000",
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
      "indices" : [ 0, 22 ],
      "url" : "http:\/\/t.co\/u32yy9PD7x",
      "expanded_url" : "http:\/\/www.openeducationeuropa.eu\/en\/article\/Innovating-Teaching-and-Learning-Practices%3A-Key-Elements-for-Developing-Creative-Classrooms-in-Europe",
      "display_url" : "openeducationeuropa.eu\/en\/article\/Inn\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "447646681212133376",
  "text" : "http:\/\/t.co\/u32yy9PD7x looks @ how 2 innovate teaching and learning practices @ system level, describing the vision 4 \u2018Creative Classrooms\u2019",
  "id" : 447646681212133376,
  "created_at" : "2014-03-23 08:11:00 +0000",
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
      "name" : "Miles Berry",
      "screen_name" : "mberry",
      "indices" : [ 3, 10 ],
      "id_str" : "8496052",
      "id" : 8496052
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 48, 71 ],
      "url" : "https:\/\/t.co\/tj0Q44rtO9",
      "expanded_url" : "https:\/\/play.google.com\/store\/apps\/details?id=org.greengin.sciencetoolkit",
      "display_url" : "play.google.com\/store\/apps\/det\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "447430069682995200",
  "text" : "RT @mberry: Really nice sensor app for Android: https:\/\/t.co\/tj0Q44rtO9 lots of classroom potential - the new data logging!",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 36, 59 ],
        "url" : "https:\/\/t.co\/tj0Q44rtO9",
        "expanded_url" : "https:\/\/play.google.com\/store\/apps\/details?id=org.greengin.sciencetoolkit",
        "display_url" : "play.google.com\/store\/apps\/det\u2026"
      } ]
    },
    "geo" : {
      "type" : "Point",
      "coordinates" : [ 51.184381952, -0.6134670962 ]
    },
    "id_str" : "447112781066948609",
    "text" : "Really nice sensor app for Android: https:\/\/t.co\/tj0Q44rtO9 lots of classroom potential - the new data logging!",
    "id" : 447112781066948609,
    "created_at" : "2014-03-21 20:49:28 +0000",
    "user" : {
      "name" : "Miles Berry",
      "screen_name" : "mberry",
      "protected" : false,
      "id_str" : "8496052",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/860220778595454976\/s1oDqlxy_normal.jpg",
      "id" : 8496052,
      "verified" : false
    }
  },
  "id" : 447430069682995200,
  "created_at" : "2014-03-22 17:50:16 +0000",
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
      "name" : "Open Culture",
      "screen_name" : "openculture",
      "indices" : [ 3, 15 ],
      "id_str" : "19826509",
      "id" : 19826509
    }, {
      "name" : "Digital Maverick",
      "screen_name" : "digitalmaverick",
      "indices" : [ 120, 136 ],
      "id_str" : "6262812",
      "id" : 6262812
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 91, 113 ],
      "url" : "http:\/\/t.co\/nlYOeqpb4T",
      "expanded_url" : "http:\/\/cultr.me\/1adHhXx",
      "display_url" : "cultr.me\/1adHhXx"
    } ]
  },
  "geo" : { },
  "id_str" : "447164844513697792",
  "text" : "MT @openculture 35 Free Noir Films for Friday Night. Fritz Lang, John Huston, Orson Welles http:\/\/t.co\/nlYOeqpb4T &lt;- @digitalmaverick ?",
  "id" : 447164844513697792,
  "created_at" : "2014-03-22 00:16:21 +0000",
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
  "id_str" : "446393887155060736",
  "text" : "Reading a research article referencing Becta. Seemed like a recent article so checked date - 2009. Still seemed recent but that's 5 YRS AGO!",
  "id" : 446393887155060736,
  "created_at" : "2014-03-19 21:12:50 +0000",
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
      "name" : "Chris Mayoh",
      "screen_name" : "chrismayoh",
      "indices" : [ 0, 11 ],
      "id_str" : "16841446",
      "id" : 16841446
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "446363553013194752",
  "geo" : { },
  "id_str" : "446366540880150529",
  "in_reply_to_user_id" : 16841446,
  "text" : "@chrismayoh Sorry Chris, but tragically that appears true. First mention yesterday evening. So sad.",
  "id" : 446366540880150529,
  "in_reply_to_status_id" : 446363553013194752,
  "created_at" : "2014-03-19 19:24:11 +0000",
  "in_reply_to_screen_name" : "chrismayoh",
  "in_reply_to_user_id_str" : "16841446",
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
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 87, 109 ],
      "url" : "http:\/\/t.co\/B34VV20rim",
      "expanded_url" : "http:\/\/bit.ly\/1gvwNl5",
      "display_url" : "bit.ly\/1gvwNl5"
    } ]
  },
  "geo" : { },
  "id_str" : "445648175551234048",
  "text" : "Europe expected to have 700 000 unfilled ICT-related jobs by 2015, according to report http:\/\/t.co\/B34VV20rim",
  "id" : 445648175551234048,
  "created_at" : "2014-03-17 19:49:39 +0000",
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
      "text" : "100WC",
      "indices" : [ 60, 66 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "445309281081233409",
  "text" : "I so hope when Sevan wrote \"Release the Croissant!\" for his #100WC, he knew what meme he was drawing from. Either way, had I a good laugh.",
  "id" : 445309281081233409,
  "created_at" : "2014-03-16 21:23:00 +0000",
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
      "name" : "Alana Callan",
      "screen_name" : "AlanaCallan",
      "indices" : [ 0, 12 ],
      "id_str" : "23126210",
      "id" : 23126210
    }, {
      "name" : "Lesley Wilton",
      "screen_name" : "lesleywilton",
      "indices" : [ 13, 26 ],
      "id_str" : "76504000",
      "id" : 76504000
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "445177184953835521",
  "geo" : { },
  "id_str" : "445283925158793216",
  "in_reply_to_user_id" : 23126210,
  "text" : "@AlanaCallan @lesleywilton Thank you kindly for the RTs :-)",
  "id" : 445283925158793216,
  "in_reply_to_status_id" : 445177184953835521,
  "created_at" : "2014-03-16 19:42:15 +0000",
  "in_reply_to_screen_name" : "AlanaCallan",
  "in_reply_to_user_id_str" : "23126210",
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
      "name" : "Jo Payne",
      "screen_name" : "MrsPTeach",
      "indices" : [ 14, 24 ],
      "id_str" : "383170468",
      "id" : 383170468
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "EdBlogUK",
      "indices" : [ 117, 126 ]
    } ],
    "urls" : [ {
      "indices" : [ 94, 116 ],
      "url" : "http:\/\/t.co\/gdkB1IQwst",
      "expanded_url" : "http:\/\/bit.ly\/1fMpbiN",
      "display_url" : "bit.ly\/1fMpbiN"
    } ]
  },
  "geo" : { },
  "id_str" : "445163175693266944",
  "text" : "Encouraged by @MrsPTeach , here's one I wrote earlier (in the week) \"So what *is* eLearning?\" http:\/\/t.co\/gdkB1IQwst #EdBlogUK",
  "id" : 445163175693266944,
  "created_at" : "2014-03-16 11:42:26 +0000",
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
      "name" : "Michael Fawcett",
      "screen_name" : "teachernz",
      "indices" : [ 0, 10 ],
      "id_str" : "9495842",
      "id" : 9495842
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "444941836700774400",
  "geo" : { },
  "id_str" : "445102776012783616",
  "in_reply_to_user_id" : 9495842,
  "text" : "@teachernz Now that's a bargain a Yorkshireman would be delighted with ... although obviously he wouldn't put it like that!",
  "id" : 445102776012783616,
  "in_reply_to_status_id" : 444941836700774400,
  "created_at" : "2014-03-16 07:42:26 +0000",
  "in_reply_to_screen_name" : "teachernz",
  "in_reply_to_user_id_str" : "9495842",
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
      "name" : "Claire Amos",
      "screen_name" : "ClaireAmosNZ",
      "indices" : [ 0, 13 ],
      "id_str" : "22454921",
      "id" : 22454921
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "445094763801214976",
  "geo" : { },
  "id_str" : "445096579046055936",
  "in_reply_to_user_id" : 22454921,
  "text" : "@ClaireAmosNZ Sorry about that Claire &amp; thanks for amending. Just retweeted, so guess it was the Twitter client? Great post though :-)",
  "id" : 445096579046055936,
  "in_reply_to_status_id" : 445094763801214976,
  "created_at" : "2014-03-16 07:17:48 +0000",
  "in_reply_to_screen_name" : "ClaireAmosNZ",
  "in_reply_to_user_id_str" : "22454921",
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
      "name" : "Claire Amos",
      "screen_name" : "ClaireAmosNZ",
      "indices" : [ 3, 16 ],
      "id_str" : "22454921",
      "id" : 22454921
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 94, 116 ],
      "url" : "http:\/\/t.co\/q52FMbpGrv",
      "expanded_url" : "http:\/\/teachingandelearning.com\/2014\/03\/so-why",
      "display_url" : "teachingandelearning.com\/2014\/03\/so-why"
    } ]
  },
  "geo" : { },
  "id_str" : "445093344293945344",
  "text" : "RT @ClaireAmosNZ Teaching and E-learning: So, why we are focusing on Blended Learning at HPSS?http:\/\/t.co\/q52FMbpGrv\u2026",
  "id" : 445093344293945344,
  "created_at" : "2014-03-16 07:04:57 +0000",
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
      "name" : "Michael Fawcett",
      "screen_name" : "teachernz",
      "indices" : [ 0, 10 ],
      "id_str" : "9495842",
      "id" : 9495842
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "444775649866432512",
  "geo" : { },
  "id_str" : "444780988401725441",
  "in_reply_to_user_id" : 9495842,
  "text" : "@teachernz Ooo, now how did you come by that little gem? Or should I say \"'ow d'tha gerrowd o' that?\"",
  "id" : 444780988401725441,
  "in_reply_to_status_id" : 444775649866432512,
  "created_at" : "2014-03-15 10:23:45 +0000",
  "in_reply_to_screen_name" : "teachernz",
  "in_reply_to_user_id_str" : "9495842",
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
      "name" : "Dai Barnes",
      "screen_name" : "daibarnes",
      "indices" : [ 0, 10 ],
      "id_str" : "14143403",
      "id" : 14143403
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "444223196607565825",
  "geo" : { },
  "id_str" : "444364173141880832",
  "in_reply_to_user_id" : 14143403,
  "text" : "@daibarnes Agreed. But rather than deal with effect, better to get to grips with the cause(s)?",
  "id" : 444364173141880832,
  "in_reply_to_status_id" : 444223196607565825,
  "created_at" : "2014-03-14 06:47:29 +0000",
  "in_reply_to_screen_name" : "daibarnes",
  "in_reply_to_user_id_str" : "14143403",
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
      "name" : "Dai Barnes",
      "screen_name" : "daibarnes",
      "indices" : [ 0, 10 ],
      "id_str" : "14143403",
      "id" : 14143403
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 16, 38 ],
      "url" : "http:\/\/t.co\/rRMaVcCxTd",
      "expanded_url" : "http:\/\/www.selectasize.com\/remoguard.htm",
      "display_url" : "selectasize.com\/remoguard.htm"
    }, {
      "indices" : [ 80, 102 ],
      "url" : "http:\/\/t.co\/iS8AzfE3GG",
      "expanded_url" : "http:\/\/www.dabs.com\/products\/epson-ust-projector-remote-440w-450w-460-8J3Z.html?utm_source=google&utm_medium=ppc%20product%20search&utm_content=Q200&utm_campaign=Print,%20Office%20and%20Conferencing%20-%20Presentation%20-%20Accessories&origin=pla",
      "display_url" : "dabs.com\/products\/epson\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "444203932139937792",
  "geo" : { },
  "id_str" : "444213313875230720",
  "in_reply_to_user_id" : 14143403,
  "text" : "@daibarnes Hmm, http:\/\/t.co\/rRMaVcCxTd @ around \u00A350, or  5 or 6 remote controls http:\/\/t.co\/iS8AzfE3GG Will depend on circumstances I guess.",
  "id" : 444213313875230720,
  "in_reply_to_status_id" : 444203932139937792,
  "created_at" : "2014-03-13 20:48:01 +0000",
  "in_reply_to_screen_name" : "daibarnes",
  "in_reply_to_user_id_str" : "14143403",
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
      "name" : "Dai Barnes",
      "screen_name" : "daibarnes",
      "indices" : [ 0, 10 ],
      "id_str" : "14143403",
      "id" : 14143403
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "444199298272882688",
  "geo" : { },
  "id_str" : "444201254588547073",
  "in_reply_to_user_id" : 14143403,
  "text" : "@daibarnes Interesting answer to a perennial problem! And the cost, if you're able to say?",
  "id" : 444201254588547073,
  "in_reply_to_status_id" : 444199298272882688,
  "created_at" : "2014-03-13 20:00:06 +0000",
  "in_reply_to_screen_name" : "daibarnes",
  "in_reply_to_user_id_str" : "14143403",
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
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "444200642283048961",
  "text" : "If past exam papers didn't exist, how would it affect the way you organise and deliver your curriculum, especially at this time of the year?",
  "id" : 444200642283048961,
  "created_at" : "2014-03-13 19:57:40 +0000",
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
      "name" : "Nick Jackson",
      "screen_name" : "largerama",
      "indices" : [ 0, 10 ],
      "id_str" : "82992519",
      "id" : 82992519
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 101, 123 ],
      "url" : "http:\/\/t.co\/yOnMoDlkfK",
      "expanded_url" : "http:\/\/bit.ly\/1gmugxN",
      "display_url" : "bit.ly\/1gmugxN"
    } ]
  },
  "in_reply_to_status_id_str" : "443968953467944960",
  "geo" : { },
  "id_str" : "443999203795431424",
  "in_reply_to_user_id" : 82992519,
  "text" : "@largerama Depends on which area of the curriculum you need, but here's my Diigo links. Too general? http:\/\/t.co\/yOnMoDlkfK",
  "id" : 443999203795431424,
  "in_reply_to_status_id" : 443968953467944960,
  "created_at" : "2014-03-13 06:37:13 +0000",
  "in_reply_to_screen_name" : "largerama",
  "in_reply_to_user_id_str" : "82992519",
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
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "443842078800637953",
  "text" : "Not pleased with the updated Echofon android app, which insists on automatically firing up the Playstore every so often",
  "id" : 443842078800637953,
  "created_at" : "2014-03-12 20:12:52 +0000",
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
      "name" : "Matt Esterman",
      "screen_name" : "mesterman",
      "indices" : [ 0, 10 ],
      "id_str" : "14906194",
      "id" : 14906194
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "443835699691655168",
  "geo" : { },
  "id_str" : "443840635553206273",
  "in_reply_to_user_id" : 14906194,
  "text" : "@mesterman Good article, though author may be somewhat biased. Think I need to check out the radio progs. Thanks for the heads up Matt",
  "id" : 443840635553206273,
  "in_reply_to_status_id" : 443835699691655168,
  "created_at" : "2014-03-12 20:07:08 +0000",
  "in_reply_to_screen_name" : "mesterman",
  "in_reply_to_user_id_str" : "14906194",
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
      "name" : "Aaron Davis \uD83C\uDFD8\uFE0F",
      "screen_name" : "mrkrndvs",
      "indices" : [ 9, 18 ],
      "id_str" : "372768752",
      "id" : 372768752
    }, {
      "name" : "Steve Brophy",
      "screen_name" : "SteveBrophy3",
      "indices" : [ 19, 32 ],
      "id_str" : "827898170",
      "id" : 827898170
    }, {
      "name" : "Juan Antonio Ortiz",
      "screen_name" : "Caturani",
      "indices" : [ 39, 48 ],
      "id_str" : "17374350",
      "id" : 17374350
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "443837211130494976",
  "text" : "Thanking @mrkrndvs @SteveBrophy3 &amp; @Caturani for the RTs. Much appreciated :-)",
  "id" : 443837211130494976,
  "created_at" : "2014-03-12 19:53:31 +0000",
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
      "name" : "dickfaber",
      "screen_name" : "dickfaber",
      "indices" : [ 0, 10 ],
      "id_str" : "165740914",
      "id" : 165740914
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "443647141412487169",
  "geo" : { },
  "id_str" : "443836299091660800",
  "in_reply_to_user_id" : 165740914,
  "text" : "@dickfaber I think you're on the money there. In fact I'd go further &amp; say that the cost-benefit balance of many ICT initiatives is lacking",
  "id" : 443836299091660800,
  "in_reply_to_status_id" : 443647141412487169,
  "created_at" : "2014-03-12 19:49:54 +0000",
  "in_reply_to_screen_name" : "dickfaber",
  "in_reply_to_user_id_str" : "165740914",
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
      "indices" : [ 25, 47 ],
      "url" : "http:\/\/t.co\/EP51wCsgcH",
      "expanded_url" : "http:\/\/ianinsheffield.wordpress.com\/2014\/03\/11\/so-what-is-elearning\/",
      "display_url" : "ianinsheffield.wordpress.com\/2014\/03\/11\/so-\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "443502715793330176",
  "text" : "\"So what *is* eLearning\" http:\/\/t.co\/EP51wCsgcH Something that's been troubling me for a while.",
  "id" : 443502715793330176,
  "created_at" : "2014-03-11 21:44:21 +0000",
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
      "name" : "dickfaber",
      "screen_name" : "dickfaber",
      "indices" : [ 0, 10 ],
      "id_str" : "165740914",
      "id" : 165740914
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 96, 118 ],
      "url" : "http:\/\/t.co\/DWQKpWjwan",
      "expanded_url" : "http:\/\/ianinsheffield.wordpress.com\/2014\/02\/02\/interactive-whiteboards-1-what-the-research-says\/",
      "display_url" : "ianinsheffield.wordpress.com\/2014\/02\/02\/int\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "443314953663942656",
  "geo" : { },
  "id_str" : "443486064922337280",
  "in_reply_to_user_id" : 165740914,
  "text" : "@dickfaber Can understand why you might feel like that, but there's a lot going on underneath - http:\/\/t.co\/DWQKpWjwan Many factors at play",
  "id" : 443486064922337280,
  "in_reply_to_status_id" : 443314953663942656,
  "created_at" : "2014-03-11 20:38:12 +0000",
  "in_reply_to_screen_name" : "dickfaber",
  "in_reply_to_user_id_str" : "165740914",
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
      "name" : "Fraser Speirs",
      "screen_name" : "fraserspeirs",
      "indices" : [ 3, 16 ],
      "id_str" : "644603",
      "id" : 644603
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 75, 97 ],
      "url" : "http:\/\/t.co\/9me6iBK9XL",
      "expanded_url" : "http:\/\/tmi.me\/1dTsO0",
      "display_url" : "tmi.me\/1dTsO0"
    } ]
  },
  "geo" : { },
  "id_str" : "443477713937264641",
  "text" : "RT @fraserspeirs Cripes. Google Docs and Sheets add-ons look powerful. ... http:\/\/t.co\/9me6iBK9XL",
  "id" : 443477713937264641,
  "created_at" : "2014-03-11 20:05:01 +0000",
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
      "name" : "Aaron Davis \uD83C\uDFD8\uFE0F",
      "screen_name" : "mrkrndvs",
      "indices" : [ 0, 9 ],
      "id_str" : "372768752",
      "id" : 372768752
    }, {
      "name" : "John Pearce",
      "screen_name" : "mrpbps",
      "indices" : [ 10, 17 ],
      "id_str" : "7281162",
      "id" : 7281162
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "443313609402101760",
  "geo" : { },
  "id_str" : "443473016706854912",
  "in_reply_to_user_id" : 372768752,
  "text" : "@mrkrndvs @mrpbps Thanks for the pointer to that article guys; one that had slipped by me. Very balanced, rational &amp; carefully articulated.",
  "id" : 443473016706854912,
  "in_reply_to_status_id" : 443313609402101760,
  "created_at" : "2014-03-11 19:46:21 +0000",
  "in_reply_to_screen_name" : "mrkrndvs",
  "in_reply_to_user_id_str" : "372768752",
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
      "name" : "Phil Dawson",
      "screen_name" : "learnocracy",
      "indices" : [ 0, 12 ],
      "id_str" : "17894411",
      "id" : 17894411
    }, {
      "name" : "Peter Richardson",
      "screen_name" : "primarypete_",
      "indices" : [ 13, 26 ],
      "id_str" : "68169919",
      "id" : 68169919
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "442727337424326657",
  "geo" : { },
  "id_str" : "442734192892596224",
  "in_reply_to_user_id" : 17894411,
  "text" : "@learnocracy @primarypete_ Ah, OK.",
  "id" : 442734192892596224,
  "in_reply_to_status_id" : 442727337424326657,
  "created_at" : "2014-03-09 18:50:31 +0000",
  "in_reply_to_screen_name" : "learnocracy",
  "in_reply_to_user_id_str" : "17894411",
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
      "name" : "Phil Dawson",
      "screen_name" : "learnocracy",
      "indices" : [ 0, 12 ],
      "id_str" : "17894411",
      "id" : 17894411
    }, {
      "name" : "Peter Richardson",
      "screen_name" : "primarypete_",
      "indices" : [ 93, 106 ],
      "id_str" : "68169919",
      "id" : 68169919
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "442713999822827520",
  "geo" : { },
  "id_str" : "442726276827447296",
  "in_reply_to_user_id" : 17894411,
  "text" : "@learnocracy Wondered if you might want to point out that the 'My experience...' is actually @primarypete_ 's experience Phil? Thanks. :-)",
  "id" : 442726276827447296,
  "in_reply_to_status_id" : 442713999822827520,
  "created_at" : "2014-03-09 18:19:04 +0000",
  "in_reply_to_screen_name" : "learnocracy",
  "in_reply_to_user_id_str" : "17894411",
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
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "442456510279733249",
  "text" : "@ro6mal Oh yes. Been following with interest. A few other (commercial) contenders have emerged recently &amp; have been monitoring developments.",
  "id" : 442456510279733249,
  "created_at" : "2014-03-09 00:27:07 +0000",
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
  "source" : "\u003Ca href=\"https:\/\/dev.twitter.com\/docs\/tfw\" rel=\"nofollow\"\u003ETwitter for Websites\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 87, 109 ],
      "url" : "http:\/\/t.co\/aZKd3OTvFI",
      "expanded_url" : "http:\/\/wp.me\/p3sQ3I-2a",
      "display_url" : "wp.me\/p3sQ3I-2a"
    } ]
  },
  "geo" : { },
  "id_str" : "442224238624116737",
  "text" : "Creating an animated GIF of a traffic light sequence - easier than I tried to make it! http:\/\/t.co\/aZKd3OTvFI",
  "id" : 442224238624116737,
  "created_at" : "2014-03-08 09:04:09 +0000",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ed473",
      "indices" : [ 17, 23 ]
    }, {
      "text" : "edteach",
      "indices" : [ 66, 74 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "441676408059076608",
  "text" : "Very grateful to #ed473 team for their responses and for bringing #edteach chats to my attention. Another opportunity to learn :-)",
  "id" : 441676408059076608,
  "created_at" : "2014-03-06 20:47:16 +0000",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ed473",
      "indices" : [ 10, 16 ]
    }, {
      "text" : "EDUtalk",
      "indices" : [ 109, 117 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "441674652629630976",
  "text" : "Wonder if #ed473 students link with other student teacher communities in other Universities through Twitter? #EDUtalk",
  "id" : 441674652629630976,
  "created_at" : "2014-03-06 20:40:17 +0000",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "edutalk",
      "indices" : [ 0, 8 ]
    }, {
      "text" : "ed473",
      "indices" : [ 9, 15 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "441670264095772673",
  "text" : "#edutalk #ed473 Thanks again (&amp; to all!) \nWondering what you folks are learning through Twitter that you can take into your classrooms.",
  "id" : 441670264095772673,
  "created_at" : "2014-03-06 20:22:51 +0000",
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
      "name" : "Marissa McCarthy",
      "screen_name" : "MarissaMcCarthy",
      "indices" : [ 0, 16 ],
      "id_str" : "913303855",
      "id" : 913303855
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "441669081268498432",
  "geo" : { },
  "id_str" : "441669963586494464",
  "in_reply_to_user_id" : 913303855,
  "text" : "@MarissaMcCarthy Thanks again (&amp; to all!) \nWondering what you folks are learning through Twitter that you can take into your classrooms.",
  "id" : 441669963586494464,
  "in_reply_to_status_id" : 441669081268498432,
  "created_at" : "2014-03-06 20:21:39 +0000",
  "in_reply_to_screen_name" : "MarissaMcCarthy",
  "in_reply_to_user_id_str" : "913303855",
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
      "name" : "Marissa McCarthy",
      "screen_name" : "MarissaMcCarthy",
      "indices" : [ 0, 16 ],
      "id_str" : "913303855",
      "id" : 913303855
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "EDUtalk",
      "indices" : [ 94, 102 ]
    }, {
      "text" : "ed473",
      "indices" : [ 103, 109 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "441668008956932096",
  "geo" : { },
  "id_str" : "441668918487547904",
  "in_reply_to_user_id" : 913303855,
  "text" : "@MarissaMcCarthy Ah thanks. So mainly 1st degree students ... all from where, geographically? #EDUtalk #ed473",
  "id" : 441668918487547904,
  "in_reply_to_status_id" : 441668008956932096,
  "created_at" : "2014-03-06 20:17:30 +0000",
  "in_reply_to_screen_name" : "MarissaMcCarthy",
  "in_reply_to_user_id_str" : "913303855",
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
    "media" : [ ],
    "hashtags" : [ {
      "text" : "EDUtalk",
      "indices" : [ 0, 8 ]
    }, {
      "text" : "ed473",
      "indices" : [ 86, 92 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "441667790215581696",
  "text" : "#EDUtalk Apologies for late arrival, but what are the backgrounds of  students in the #ed473 ?",
  "id" : 441667790215581696,
  "created_at" : "2014-03-06 20:13:01 +0000",
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
      "indices" : [ 3, 12 ],
      "id_str" : "372768752",
      "id" : 372768752
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "edtech",
      "indices" : [ 89, 96 ]
    }, {
      "text" : "ozedtech",
      "indices" : [ 97, 106 ]
    }, {
      "text" : "21stedchat",
      "indices" : [ 107, 118 ]
    }, {
      "text" : "vicpln",
      "indices" : [ 119, 126 ]
    } ],
    "urls" : [ {
      "indices" : [ 64, 86 ],
      "url" : "http:\/\/t.co\/8cfvhdafSD",
      "expanded_url" : "http:\/\/readingwritingresponding.blogspot.com\/2014\/03\/change-mindset-dont-change-program.html",
      "display_url" : "readingwritingresponding.blogspot.com\/2014\/03\/change\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "441337377517076482",
  "text" : "RT @mrkrndvs 'Change the Mindset, Dont Just Change the Program' http:\/\/t.co\/8cfvhdafSD \u2026 #edtech #ozedtech #21stedchat #vicpln",
  "id" : 441337377517076482,
  "created_at" : "2014-03-05 22:20:05 +0000",
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
      "indices" : [ 0, 9 ],
      "id_str" : "372768752",
      "id" : 372768752
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "441328474922315777",
  "geo" : { },
  "id_str" : "441337218087399426",
  "in_reply_to_user_id" : 372768752,
  "text" : "@mrkrndvs I hear ya!\nHave responded.",
  "id" : 441337218087399426,
  "in_reply_to_status_id" : 441328474922315777,
  "created_at" : "2014-03-05 22:19:27 +0000",
  "in_reply_to_screen_name" : "mrkrndvs",
  "in_reply_to_user_id_str" : "372768752",
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
      "name" : "SheffieldHighSchool",
      "screen_name" : "SheffieldHigh",
      "indices" : [ 3, 17 ],
      "id_str" : "257959380",
      "id" : 257959380
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "HourOfCode",
      "indices" : [ 88, 99 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "441302875726422017",
  "text" : "RT @SheffieldHigh: So far our students and staff have completed &gt;200 \u2018Hours of Code\u2019 #HourOfCode, TouchDevelop, Scratch, Hopscotch, Espress\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "HourOfCode",
        "indices" : [ 69, 80 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "441243314705018881",
    "text" : "So far our students and staff have completed &gt;200 \u2018Hours of Code\u2019 #HourOfCode, TouchDevelop, Scratch, Hopscotch, Espresso. More to come!",
    "id" : 441243314705018881,
    "created_at" : "2014-03-05 16:06:18 +0000",
    "user" : {
      "name" : "SheffieldHighSchool",
      "screen_name" : "SheffieldHigh",
      "protected" : false,
      "id_str" : "257959380",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/788079990566977536\/2k7wZZzS_normal.jpg",
      "id" : 257959380,
      "verified" : false
    }
  },
  "id" : 441302875726422017,
  "created_at" : "2014-03-05 20:02:59 +0000",
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
      "name" : "Bedford High Science",
      "screen_name" : "bedfordscience",
      "indices" : [ 0, 15 ],
      "id_str" : "860357972",
      "id" : 860357972
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440955080678715392",
  "geo" : { },
  "id_str" : "440957666454552576",
  "in_reply_to_user_id" : 860357972,
  "text" : "@bedfordscience Indeed. I've always found it hard to reconcile the earnings of celebs and sportspeople (male usually!) c.f. those in STEM",
  "id" : 440957666454552576,
  "in_reply_to_status_id" : 440955080678715392,
  "created_at" : "2014-03-04 21:11:14 +0000",
  "in_reply_to_screen_name" : "bedfordscience",
  "in_reply_to_user_id_str" : "860357972",
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
      "name" : "Bedford High Science",
      "screen_name" : "bedfordscience",
      "indices" : [ 0, 15 ],
      "id_str" : "860357972",
      "id" : 860357972
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440939287480385536",
  "geo" : { },
  "id_str" : "440953849319157760",
  "in_reply_to_user_id" : 860357972,
  "text" : "@bedfordscience Applaud the sentiment, but just a little bit sad that they couldn't achieve fame (and fortune) pursuing a scientific career?",
  "id" : 440953849319157760,
  "in_reply_to_status_id" : 440939287480385536,
  "created_at" : "2014-03-04 20:56:04 +0000",
  "in_reply_to_screen_name" : "bedfordscience",
  "in_reply_to_user_id_str" : "860357972",
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
      "name" : "VictorM",
      "screen_name" : "philallman1",
      "indices" : [ 0, 12 ],
      "id_str" : "102939902",
      "id" : 102939902
    }, {
      "name" : "Simon Widdowson",
      "screen_name" : "xannov",
      "indices" : [ 68, 75 ],
      "id_str" : "17068332",
      "id" : 17068332
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 45, 67 ],
      "url" : "http:\/\/t.co\/15eaMqlfLP",
      "expanded_url" : "http:\/\/www.amazon.co.uk\/How-Shit-Woods-Environmentally-Approach\/dp\/0898156270",
      "display_url" : "amazon.co.uk\/How-Shit-Woods\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "440942398383091712",
  "geo" : { },
  "id_str" : "440943730951192576",
  "in_reply_to_user_id" : 102939902,
  "text" : "@philallman1 I fear you may be too late .... http:\/\/t.co\/15eaMqlfLP\n@xannov",
  "id" : 440943730951192576,
  "in_reply_to_status_id" : 440942398383091712,
  "created_at" : "2014-03-04 20:15:52 +0000",
  "in_reply_to_screen_name" : "philallman1",
  "in_reply_to_user_id_str" : "102939902",
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
      "name" : "Simon Widdowson",
      "screen_name" : "xannov",
      "indices" : [ 0, 7 ],
      "id_str" : "17068332",
      "id" : 17068332
    }, {
      "name" : "VictorM",
      "screen_name" : "philallman1",
      "indices" : [ 8, 20 ],
      "id_str" : "102939902",
      "id" : 102939902
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440941880025812992",
  "geo" : { },
  "id_str" : "440942581367963650",
  "in_reply_to_user_id" : 17068332,
  "text" : "@xannov @philallman1 ;^)",
  "id" : 440942581367963650,
  "in_reply_to_status_id" : 440941880025812992,
  "created_at" : "2014-03-04 20:11:18 +0000",
  "in_reply_to_screen_name" : "xannov",
  "in_reply_to_user_id_str" : "17068332",
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
      "name" : "VictorM",
      "screen_name" : "philallman1",
      "indices" : [ 0, 12 ],
      "id_str" : "102939902",
      "id" : 102939902
    }, {
      "name" : "Simon Widdowson",
      "screen_name" : "xannov",
      "indices" : [ 13, 20 ],
      "id_str" : "17068332",
      "id" : 17068332
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440939651340468225",
  "geo" : { },
  "id_str" : "440941507164774401",
  "in_reply_to_user_id" : 102939902,
  "text" : "@philallman1 @xannov Gentlemen, please, take it easy! Don't you know getting angry can ..... Oh!",
  "id" : 440941507164774401,
  "in_reply_to_status_id" : 440939651340468225,
  "created_at" : "2014-03-04 20:07:02 +0000",
  "in_reply_to_screen_name" : "philallman1",
  "in_reply_to_user_id_str" : "102939902",
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
      "name" : "Julian S Wood",
      "screen_name" : "Ideas_Factory",
      "indices" : [ 0, 14 ],
      "id_str" : "19065686",
      "id" : 19065686
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440599195334897664",
  "geo" : { },
  "id_str" : "440600233936842752",
  "in_reply_to_user_id" : 19065686,
  "text" : "@Ideas_Factory Think we missed each other on Teachmeet Day. You were at Sheffield I think? I enjoyed a good sesh @ Dinnington (local 2 home)",
  "id" : 440600233936842752,
  "in_reply_to_status_id" : 440599195334897664,
  "created_at" : "2014-03-03 21:30:56 +0000",
  "in_reply_to_screen_name" : "Ideas_Factory",
  "in_reply_to_user_id_str" : "19065686",
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
      "name" : "Julian S Wood",
      "screen_name" : "Ideas_Factory",
      "indices" : [ 0, 14 ],
      "id_str" : "19065686",
      "id" : 19065686
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440589608292999168",
  "geo" : { },
  "id_str" : "440593134674657280",
  "in_reply_to_user_id" : 19065686,
  "text" : "@Ideas_Factory Fina and dandy, old chap. Yourself?",
  "id" : 440593134674657280,
  "in_reply_to_status_id" : 440589608292999168,
  "created_at" : "2014-03-03 21:02:43 +0000",
  "in_reply_to_screen_name" : "Ideas_Factory",
  "in_reply_to_user_id_str" : "19065686",
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
      "name" : "Jamie Portman",
      "screen_name" : "JamiePortman",
      "indices" : [ 0, 13 ],
      "id_str" : "37425420",
      "id" : 37425420
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440583182883491841",
  "geo" : { },
  "id_str" : "440585037709582337",
  "in_reply_to_user_id" : 37425420,
  "text" : "@JamiePortman Just gotta check the calendar, but yes indeed. Will also give it a shoutout in school tomorrow.",
  "id" : 440585037709582337,
  "in_reply_to_status_id" : 440583182883491841,
  "created_at" : "2014-03-03 20:30:33 +0000",
  "in_reply_to_screen_name" : "JamiePortman",
  "in_reply_to_user_id_str" : "37425420",
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
      "name" : "Jamie Portman",
      "screen_name" : "JamiePortman",
      "indices" : [ 3, 16 ],
      "id_str" : "37425420",
      "id" : 37425420
    }, {
      "name" : "Barnsley TSA",
      "screen_name" : "BarnsleyTSA",
      "indices" : [ 96, 108 ],
      "id_str" : "1371964267",
      "id" : 1371964267
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 109, 131 ],
      "url" : "http:\/\/t.co\/gQKLGMyRpW",
      "expanded_url" : "http:\/\/barnsleytsa.net\/ai1ec_event\/te",
      "display_url" : "barnsleytsa.net\/ai1ec_event\/te"
    } ]
  },
  "geo" : { },
  "id_str" : "440583074741760001",
  "text" : "RT @JamiePortman Fancy Teachmeet Barnsley at my new school on 1st April? \n\nHosting on behalf of @BarnsleyTSA http:\/\/t.co\/gQKLGMyRpW\u2026",
  "id" : 440583074741760001,
  "created_at" : "2014-03-03 20:22:45 +0000",
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
      "name" : "Julian S Wood",
      "screen_name" : "Ideas_Factory",
      "indices" : [ 0, 14 ],
      "id_str" : "19065686",
      "id" : 19065686
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440569909316448256",
  "geo" : { },
  "id_str" : "440579150970359808",
  "in_reply_to_user_id" : 19065686,
  "text" : "@Ideas_Factory More sessions throughout the week :-)",
  "id" : 440579150970359808,
  "in_reply_to_status_id" : 440569909316448256,
  "created_at" : "2014-03-03 20:07:09 +0000",
  "in_reply_to_screen_name" : "Ideas_Factory",
  "in_reply_to_user_id_str" : "19065686",
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
      "name" : "Julian S Wood",
      "screen_name" : "Ideas_Factory",
      "indices" : [ 0, 14 ],
      "id_str" : "19065686",
      "id" : 19065686
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440569909316448256",
  "geo" : { },
  "id_str" : "440578964168658944",
  "in_reply_to_user_id" : 19065686,
  "text" : "@Ideas_Factory Two sessions in school today; 1 @ lunchtime &amp; 1 after school. Drawing w\/ Java &amp; TouchDevelop. 15+ voluntary attendees @ each",
  "id" : 440578964168658944,
  "in_reply_to_status_id" : 440569909316448256,
  "created_at" : "2014-03-03 20:06:25 +0000",
  "in_reply_to_screen_name" : "Ideas_Factory",
  "in_reply_to_user_id_str" : "19065686",
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
      "indices" : [ 121, 143 ],
      "url" : "http:\/\/t.co\/r57TXEFsRf",
      "expanded_url" : "http:\/\/www.withouthotair.com\/",
      "display_url" : "withouthotair.com"
    } ]
  },
  "geo" : { },
  "id_str" : "440201889649405953",
  "text" : "Teaching renewables &amp; energy consumption? \"Sustainable Energy \u2013 without the hot air\" (CC license &amp; downloadable) http:\/\/t.co\/r57TXEFsRf",
  "id" : 440201889649405953,
  "created_at" : "2014-03-02 19:08:03 +0000",
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
      "name" : "Matthew Pearson",
      "screen_name" : "mattpearson",
      "indices" : [ 0, 12 ],
      "id_str" : "15749613",
      "id" : 15749613
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "440185925927047168",
  "geo" : { },
  "id_str" : "440192005629804544",
  "in_reply_to_user_id" : 15749613,
  "text" : "@mattpearson Leave it off the menu &amp; have colliflour insread ;-)",
  "id" : 440192005629804544,
  "in_reply_to_status_id" : 440185925927047168,
  "created_at" : "2014-03-02 18:28:47 +0000",
  "in_reply_to_screen_name" : "mattpearson",
  "in_reply_to_user_id_str" : "15749613",
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
      "name" : "Dr Racheal",
      "screen_name" : "DrRacheal",
      "indices" : [ 3, 13 ],
      "id_str" : "12157732",
      "id" : 12157732
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 103, 125 ],
      "url" : "http:\/\/t.co\/x4J6ARfTFX",
      "expanded_url" : "http:\/\/gridwatch.templar.co.uk",
      "display_url" : "gridwatch.templar.co.uk"
    } ]
  },
  "geo" : { },
  "id_str" : "440186839866286081",
  "text" : "RT @DrRacheal Hey elec generation data dweebs, both of these websites are making me weak at the knees! http:\/\/t.co\/x4J6ARfTFX &lt;- Brill!",
  "id" : 440186839866286081,
  "created_at" : "2014-03-02 18:08:15 +0000",
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
  "id_str" : "440042512690860032",
  "text" : "Is it just me, or has Amazon become rather 'spammy' of late?",
  "id" : 440042512690860032,
  "created_at" : "2014-03-02 08:34:45 +0000",
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