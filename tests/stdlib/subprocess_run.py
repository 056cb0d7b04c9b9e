# needs: stdlib
import subprocess, sys
r = subprocess.run(['echo', 'hi there'], capture_output=True)
print(r)
r = subprocess.run('echo $FOO; exit 3', shell=True, env={'FOO': 'bar'}, stdout=subprocess.PIPE, text=True)
print(r.returncode, repr(r.stdout))
print(subprocess.check_output(['cat'], input=b'abc'))
try:
    subprocess.run(['/no/such/prog'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['ls'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print(e)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['sh', '-c', 'echo err >&2; echo out'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout)
