# Floating-point arithmetic: a small planar n-body simulation.
bodies = [[0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 1.0, 0.1], [-2.0, 0.0, 0.0, -0.7, 0.2], [0.0, 3.0, 0.5, 0.0, 0.05]]
dt = 0.001
for step in range(6000):
    for i in range(len(bodies)):
        bi = bodies[i]
        for j in range(i + 1, len(bodies)):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            bi[2] -= dx * bj[4] * mag
            bi[3] -= dy * bj[4] * mag
            bj[2] += dx * bi[4] * mag
            bj[3] += dy * bi[4] * mag
    for b in bodies:
        b[0] += dt * b[2]
        b[1] += dt * b[3]
print(" ".join(f"{b[0]:.6f},{b[1]:.6f}" for b in bodies))
