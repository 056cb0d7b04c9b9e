//go:build !taipan_debug

package vm

// DebugStack is set in builds with the taipan_debug tag: the tier-1 loop then checks the value
// stack at every instruction (CheckStack). In other builds the check compiles away.
const DebugStack = false
