package domain

import "time"

// Community is one of the online communities (#WeNurses, #WePharmacists...).
type Community struct {
	Name    string `json:"name"`
	Hashtag string `json:"hashtag"`
	Account string `json:"account"`
	Members int    `json:"members"`
	Chats   int    `json:"chats"`
}

// Chat is one hosted session of a community.
type Chat struct {
	ID            string    `json:"id"`
	Topic         string    `json:"topic"`
	Hashtag       string    `json:"hashtag"`
	StartsAt      time.Time `json:"startsAt"`
	EndsAt        time.Time `json:"endsAt"`
	CommunityName string    `json:"-"`
	Participants  int       `json:"participants"`
	Posts         int       `json:"posts"`
}
