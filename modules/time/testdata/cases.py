# The time module: clocks by type and relation, conversions in UTC, strftime on fixed tuples.
!import time
!T = (2024, 1, 2, 3, 4, 5, 1, 2, 0)
# Clocks.
type(time.time()), time.time() > 1.7e9, type(time.time_ns()), time.time_ns() > 17 * 10**17
time.monotonic() <= time.monotonic(), time.monotonic_ns() <= time.monotonic_ns()
time.perf_counter() <= time.perf_counter(), type(time.perf_counter_ns())
type(time.process_time()), type(time.process_time_ns()), type(time.thread_time()), type(time.thread_time_ns())
abs(time.time() - time.time_ns() / 1e9) < 1
time.clock_gettime(time.CLOCK_REALTIME) > 1.7e9, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC))
time.clock_getres(time.CLOCK_MONOTONIC) > 0
time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID
time.get_clock_info('time').implementation, time.get_clock_info('time').adjustable
time.get_clock_info('monotonic').monotonic, time.get_clock_info('perf_counter').implementation
time.get_clock_info('process_time').implementation, time.get_clock_info('thread_time').adjustable
time.get_clock_info('nope')
time.get_clock_info(1)
time.sleep(0), time.sleep(0.001), time.sleep(False)
time.sleep(-1)
time.sleep(-0.5)
time.sleep('1')
time.sleep(float('nan'))
time.sleep()
time.sleep(1, 2)
# gmtime and struct_time.
time.gmtime(0)
time.gmtime(1234567890.9)
time.gmtime(-1.5)
time.gmtime(-62135596801)
time.gmtime(253402300800)
time.gmtime(951782400)
time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff, time.gmtime(0).tm_year, time.gmtime(0)[6]
time.gmtime(1e20)
time.gmtime(2**63)
time.gmtime(float('nan'))
time.gmtime('x')
time.gmtime(None).tm_year >= 2024
time.gmtime(1, 2)
tuple(time.gmtime(86400 * 366)), len(time.gmtime(0)), time.gmtime(0)[:3], time.gmtime(0)[-1]
time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(time.gmtime(0)) == hash(tuple(time.gmtime(0)))
time.gmtime(0).__reduce__()
time.gmtime(0).__replace__(tm_year=2000)
time.gmtime(0).__replace__(tm_zone='X').tm_zone
time.gmtime(0).__replace__(x=1)
time.gmtime(0).__replace__(1)
time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields
time.struct_time.__match_args__
time.struct_time.__module__, time.struct_time.__name__, time.struct_time.__qualname__, time.struct_time.__mro__
repr(time.struct_time.tm_year), time.struct_time.tm_year.__doc__, time.struct_time.tm_gmtoff.__doc__
time.struct_time(T)
time.struct_time([1] * 9)
time.struct_time(T + ('Z', 60)).tm_zone, time.struct_time(T + ('Z', 60)).tm_gmtoff
time.struct_time(T).tm_zone, time.struct_time(T).tm_gmtoff
time.struct_time(T, {'tm_zone': 'ABC'}).tm_zone
time.struct_time(())
time.struct_time(tuple(range(12)))
time.struct_time(5)
time.struct_time(T, 5)
time.struct_time()
time.struct_time(x=1)
setattr(time.gmtime(0), 'tm_year', 5)
setattr(time.gmtime(0), 'foo', 5)
type('X', (time.struct_time,), {})
time._STRUCT_TM_ITEMS
# asctime and ctime.
time.asctime(T)
time.asctime(time.gmtime(0))
time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0))
time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))
time.asctime((2024, 1, 32, 0, 0, 0, 0, 1, 0))
time.asctime((2024, 1, 1, 24, 0, 0, 0, 1, 0))
time.asctime((2024, 1, 1, 0, 60, 0, 0, 1, 0))
time.asctime((2024, 1, 1, 0, 0, 62, 0, 1, 0))
time.asctime((2024, 1, 1, 0, 0, 0, -2, 1, 0))
time.asctime((2024, 1, 1, 0, 0, 0, 0, 367, 0))
time.asctime((1, 2))
time.asctime([2024, 1, 1, 0, 0, 0, 0, 1, 0])
time.asctime((2024, 'a', 1, 0, 0, 0, 0, 1, 0))
time.asctime((2024, 1.5, 1, 0, 0, 0, 0, 1, 0))
time.asctime((2**40, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((-2**40, 1, 1, 0, 0, 0, 0, 1, 0))
type(time.asctime()), type(time.ctime()), len(time.ctime(0))
# strftime.
time.strftime('%Y-%m-%d %H:%M:%S', T)
time.strftime('%a %A %b %B %c', T)
time.strftime('%C %d %D %e %F %g %G %h %H %I %j %k %l %m %M', T)
time.strftime('%n %p %P %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %%', T)
time.strftime('%I %l %p', (2024, 1, 2, 0, 4, 5, 1, 2, 0)), time.strftime('%I %l %p', (2024, 1, 2, 12, 4, 5, 1, 2, 0))
time.strftime('%I %p %P', (2024, 1, 2, 23, 4, 5, 1, 2, 0))
time.strftime('%-d %_d %05d %^a %#b %10A %-j %_H %3m', T)
time.strftime('%#p %^B %#A %-m/%-d %_5Y %-y', T)
time.strftime('%Ey %Od %EY %OH', T)
time.strftime('%q %Q %v %E %O %', T)
time.strftime('%Z %z', time.gmtime(0))
time.strftime('%Z %z', time.struct_time(T + ('ABC', -3600 * 5 - 1800)))
time.strftime('%z', time.struct_time(T + ('X', 19800)))
time.strftime('%z', time.struct_time(T + ('X', 0)))
time.strftime('%s', time.gmtime(0)) == str(int(time.mktime(time.gmtime(0))))
time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y %G %C %y %g', (-5, 1, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y|%C|%y', (5, 1, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%G-W%V-%u', (2021, 1, 1, 0, 0, 0, 4, 1, 0))
time.strftime('%G-W%V-%u', (2020, 12, 31, 0, 0, 0, 3, 366, 0))
time.strftime('%G-W%V-%u %U %W', (2024, 12, 30, 0, 0, 0, 0, 365, 0))
time.strftime('%G-W%V %U %W', (2027, 1, 1, 0, 0, 0, 4, 1, 0))
[time.strftime('%V %U %W %j', time.gmtime(d * 86400 * 37)) for d in range(12)]
time.strftime('%Y-%m-%d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0))
time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 5))
time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y', (2024, 1, -1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y', (2024, 1, 1, -1, 0, 0, 0, 1, 0))
time.strftime('%Y', (2024, 1, 1, 0, 0, 0, -2, 1, 0))
time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, -1, 0))
time.strftime('%Y', (2024, 1, 1, 0, 0, 61, 0, 1, 0))
time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1))
time.strftime('%Y', 5)
time.strftime(5, T)
time.strftime('a\0b', T)
time.strftime('', T), time.strftime('plain text', T), time.strftime('é %Y ☃', T)
time.strftime()
time.strftime('%Y', T, 1)
type(time.strftime('%Y'))
# mktime, localtime and the zone (checked by relation: the machine's zone varies).
time.mktime(time.localtime(1700000000)) == 1700000000.0
time.mktime(time.localtime(0)) == 0.0, type(time.mktime(time.localtime()))
time.localtime(1700000000)[:6] == time.gmtime(1700000000 - time.localtime(1700000000).tm_gmtoff)[:6]
time.mktime((2024, 1, 2, 3, 4, 5, 1, 2)), time.mktime(5)
time.mktime(5)
type(time.timezone), type(time.altzone), time.daylight in (0, 1), type(time.tzname), len(time.tzname)
time.tzset(), type(time.timezone)
time.localtime('x')
type(time.localtime().tm_zone), type(time.localtime().tm_gmtoff)
time.struct_time.__repr__, time.struct_time.__reduce__
tuple.__new__(time.struct_time, T)
time.struct_time.__new__(time.struct_time, T)
time.struct_time.__new__(tuple, T)
repr(time.struct_time), time.struct_time.__doc__[:40], time.__doc__[:50]
# strftime's flags and widths as the GNU C library has them.
[time.strftime('%F|%c|%x|%C|%y|%G|%g|%Y|%+4Y|%4Y|%_4Y|%-Y|%010Y|%3C|%^c|%#c', (y, 3, 4, 5, 6, 7, 2, 63, 0)) for y in (5, 99, 999, 1000, 12345, -1, -99, -1000, 0)]
time.strftime('%10z|%-z|%_z|%010z|%3z', time.gmtime(0))
[time.strftime('%z|%-z|%_z|%6z|%07z|%_8z|%-8z', time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'X', off))) for off in (-19800, 3600, 2700, -36000, 50400)]
time.strftime('%10Z|%-Z|%#Z|%^Z', time.gmtime(0)), time.strftime('%10p|%-p|%#p|%^p|%#P|%^P', time.gmtime(0))
time.strftime('%#a|%#A|%#b|%#B|%#h|%^h|%#x', time.gmtime(0))
time.strftime('%5n|%5t|%5%|%5D|%12T|%-5T|%_12F', time.gmtime(0))
time.strftime('%e|%-e|%0e|%_d|%k|%-k|%0k|%l|%0l|%3j|%-j|%_j|%1j|%-3d|%-5a', time.gmtime(0))
time.strftime('%s|%5s|%-s|%_15s', time.gmtime(1700000000)) == '%d|%5d|%d|%15d' % ((time.mktime(time.gmtime(1700000000)),) * 4)
time.strftime('%u|%w|%U|%W|%V|%3u|%-U', (2024, 1, 7, 0, 0, 0, 6, 7, 0))
time.strftime('%EY|%Ec|%EC|%Ex|%EX|%Ey|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy|%Ea|%OY|%Ob', time.gmtime(0))
time.strftime('%', time.gmtime(0)), time.strftime('%-', time.gmtime(0)), time.strftime('%5', time.gmtime(0)), time.strftime('%E', time.gmtime(0)), time.strftime('%+ %5 %', time.gmtime(0))
time.strftime('a%%b%%%%c', time.gmtime(0)), time.strftime('%4%|%_10B|%010A|%^10b|%#5Z', time.gmtime(0))
# The limits of tm_year.
time.gmtime(1e18)
time.gmtime(-1e18)
time.gmtime(2**62)
time.gmtime(67768036191676799)
time.gmtime(67768036191676800)
time.gmtime(-67768040609740800)
time.gmtime(-67768040609740801)
time.ctime(-1e18)
time.mktime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((2**31 - 1, 12, 31, 23, 59, 59, 0, 1, 0))
# Zones set through TZ: names from the zone database and POSIX rules.
!import posix
!def zone(tz):
!    posix.putenv('TZ', tz)
!    time.tzset()
!    return (time.timezone, time.altzone, time.daylight, time.tzname)
!def show(tz):
!    zone(tz)
!    out = []
!    for t in (0, 1700000000, 1720000000, -1e9, 4e9):
!        lt = time.localtime(t)
!        out.append((tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Z %z', lt), time.ctime(t)))
!    for tup in [(2024,7,1,12,0,0,0,0,-1), (2024,7,1,12,0,0,0,0,0), (2024,7,1,12,0,0,0,0,1), (2024,1,1,12,0,0,0,0,1), (2024,1,1,12,0,0,0,0,0), (2024,3,10,2,30,0,0,0,-1), (2024,11,3,1,30,0,0,0,-1), (2024,13,45,25,61,0,0,0,-1)]:
!        out.append((time.mktime(tup), time.strftime('%Z %z', tup)))
!    return out
zone('UTC'), zone(''), zone('UTC0'), zone('XYZ5'), zone('<+03>-3')
show('EST+05EDT,M3.2.0,M11.1.0')
show('AEST-10AEDT-11,M10.5.0,M3.5.0')
show('CET-1CEST,M3.5.0,M10.5.0/3')
show('WART4WARST,J1/0,J365/25')
show('America/New_York')
show('Europe/Paris')
show('Australia/Sydney')
show('Asia/Kolkata')
# Text beyond ASCII in formats and zone names.
ascii(time.strftime('\udcff%Y', time.gmtime(0))), time.strftime('é%Y', time.gmtime(0)), ascii(time.strftime('\ud800', time.gmtime(0))), time.strftime('\U0001f600 %Y', time.gmtime(0))
time.strftime('%Z', time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'é\udcff', 0)))
time.strftime('%Z|%10Z', time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'é', 0)))
zone('ab'), zone('<x'), zone('abc+25'), zone('abc+1:75'), zone('<ABC>+3'), zone('<+0530>-5:30'), zone('Nope/Zone'), zone('abc-1:30')
[(zone(tz), time.localtime(0).tm_zone, time.strftime('%Z %z', time.localtime(0))) for tz in ('ab', 'abc+25', '<+0530>-5:30', 'Europe/Nope')]
time.sleep(1e300)
time.sleep(-1e300)
time.sleep(float('inf'))
time.sleep(2**63)
time.sleep(2**100)
time.sleep(1+2j)
time.sleep(None)
time.gmtime(float('inf')), time.ctime(float('-inf'))
time.gmtime(float('-inf'))
# Argument errors.
time.time(1)
time.sleep(secs=1)
time.gmtime(x=1)
time.strftime(format='%Y')
time.mktime()
time.localtime(1, 2)
time.ctime(1, 2)
time.asctime(1, 2)
time.asctime(x=1)
time.get_clock_info()
time.clock_gettime()
time.clock_gettime('x')
time.clock_gettime(99)
time.clock_getres(99)
time.clock_settime(0)
time.clock_settime(0, 'x')
time.clock_settime_ns(0, 1.5)
time.tzset(1)
time.perf_counter(x=1)
