//go:build linux && (arm64 || riscv64 || loong64)

package posix

import "syscall"

// sysFstatat is the fstatat system call.
const sysFstatat = syscall.SYS_FSTATAT
