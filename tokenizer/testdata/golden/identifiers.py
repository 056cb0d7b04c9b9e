café = 1
naïve = café
π = 3.14
ｆｕｌｌ = 2
名前 = "name"
_private = __dunder__
Ω_2 = α + β
