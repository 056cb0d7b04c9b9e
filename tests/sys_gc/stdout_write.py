import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stderr.write("err line\n")
print("end")
