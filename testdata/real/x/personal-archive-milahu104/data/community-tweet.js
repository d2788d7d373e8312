window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "rotweisser - gesichert Original",
            "screen_name" : "rotweisser_1",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1724521883465404416",
            "id" : "1724521883465404416"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027696068645827021",
      "id_str" : "2027697170808189417",
      "scopes" : {
        "followers" : false
      },
      "in_reply_to_user_id" : "1724521883465404416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027697170808189417",
      "in_reply_to_status_id" : "2027696068645827021",
      "community_id" : "2015792172985921708",
      "community_id_str" : "2015792172985921708",
      "created_at" : "Sat Feb 28 10:47:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@rotweisser_1 link zum kommentar ist legal.\ndeine akte veröffentlichen ist legal.\nes ist ein öffentlicher prozess",
      "lang" : "de",
      "in_reply_to_screen_name" : "rotweisser_1",
      "in_reply_to_user_id_str" : "1724521883465404416"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "rotweisser - gesichert Original",
            "screen_name" : "rotweisser_1",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1724521883465404416",
            "id" : "1724521883465404416"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "266"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2027370059291611535",
      "id_str" : "2027695342624354692",
      "scopes" : {
        "followers" : false
      },
      "in_reply_to_user_id" : "1724521883465404416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027695342624354692",
      "in_reply_to_status_id" : "2027370059291611535",
      "community_id" : "2015792172985921708",
      "community_id_str" : "2015792172985921708",
      "created_at" : "Sat Feb 28 10:40:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@rotweisser_1 welcher kommentar?\nwelche zwei worte?\ndas verfahren wird zu 99% eingestellt, egal ob mit oder ohne anwalt.\n\"hausdurchsuchung\" = einbruch und raub von wertsachen = sabotage gegen politischen aktivismus = politische verfolgung = grund für asyl im ausland",
      "lang" : "de",
      "in_reply_to_screen_name" : "rotweisser_1",
      "in_reply_to_user_id_str" : "1724521883465404416"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "rotweisser - gesichert Original",
            "screen_name" : "rotweisser_1",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1724521883465404416",
            "id" : "1724521883465404416"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "266"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2027370065541136642",
      "id_str" : "2027695238773399834",
      "scopes" : {
        "followers" : false
      },
      "in_reply_to_user_id" : "1724521883465404416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027695238773399834",
      "in_reply_to_status_id" : "2027370065541136642",
      "community_id" : "2015792172985921708",
      "community_id_str" : "2015792172985921708",
      "created_at" : "Sat Feb 28 10:39:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@rotweisser_1 welcher kommentar?\nwelche zwei worte?\ndas verfahren wird zu 99% eingestellt, egal ob mit oder ohne anwalt.\n\"hausdurchsuchung\" = einbruch und raub von wertsachen = sabotage gegen politischen aktivismus = politische verfolgung = grund für asyl im ausland",
      "lang" : "de",
      "in_reply_to_screen_name" : "rotweisser_1",
      "in_reply_to_user_id_str" : "1724521883465404416"
    }
  }
]