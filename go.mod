module github.com/taipanpy/taipan

go 1.26.0

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/dave/jennifer v1.7.1
	golang.org/x/tools v0.52.0
)

require golang.org/x/text v0.43.0 // indirect
