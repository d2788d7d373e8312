var user_details =  {
  "screen_name" : "IaninSheffield",
  "location" : "Sheffield, Yorkshire",
  "full_name" : "Ian Guest",
  "bio" : "Former Physics teacher, former Head of ELearning ... and still learning. Now doctoral researcher @sheffhallamuni exploring teacher professional learning.",
  "id" : "21324520",
  "created_at" : "2009-02-19 18:28:04 +0000"
}