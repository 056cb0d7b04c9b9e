x = 3.14159265
print(f"{x:.2f}", f"{x:10.3f}|", f"{x:e}", f"{x:.3g}", f"{x:%}", f"{1e20:g}")
print("%.3f %10.2e %g" % (x, x, 0.0001))
print(format(1234.5678, ",.2f"), format(-0.5, "+.1f"), format(2.5, "08.3f"))
