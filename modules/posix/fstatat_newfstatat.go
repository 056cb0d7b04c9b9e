//go:build linux && (amd64 || ppc64 || ppc64le || s390x || mips64 || mips64le)

package posix

import "syscall"

// sysFstatat is the fstatat system call, named newfstatat on these architectures.
const sysFstatat = syscall.SYS_NEWFSTATAT
