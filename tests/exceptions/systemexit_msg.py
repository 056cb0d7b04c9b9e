import sys
sys.exit("fatal: bad configuration")
