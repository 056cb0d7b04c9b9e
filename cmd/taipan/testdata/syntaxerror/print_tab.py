if x:
	print "hi"
