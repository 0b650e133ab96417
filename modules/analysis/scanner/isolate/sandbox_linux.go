package isolate

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// restrictProcess is the worker's first stage, on Linux: resource limits
// (hard and soft, so the worker cannot raise them back without
// CAP_SYS_RESOURCE), no new privileges, and a Landlock domain allowing
// only reads of readPaths and listing listPaths (plus running exe and the
// C library), no writes
// anywhere and, unless network is true, no TCP. Landlock binds the calling thread only, so the caller
// then execs the worker again from this thread: the new image starts
// inside the domain with every thread it makes.
func restrictProcess(l Limits, readPaths, listPaths []string, exe string, network bool) (applied, unavailable []string, err error) {
	runtime.LockOSThread() // never unlocked: the thread execs
	cpu := uint64(max(l.CPU.Seconds(), 1))
	for _, r := range []struct {
		name     string
		res      int
		cur, max uint64
	}{
		// SIGXCPU at the limit, SIGKILL a second later
		{"rlimit-cpu", unix.RLIMIT_CPU, cpu, cpu + 1},
		{"rlimit-as", unix.RLIMIT_AS, uint64(l.Memory), uint64(l.Memory)},
		{"rlimit-nofile", unix.RLIMIT_NOFILE, uint64(l.Files), uint64(l.Files)},
		{"rlimit-core", unix.RLIMIT_CORE, 0, 0},
	} {
		if err := unix.Setrlimit(r.res, &unix.Rlimit{Cur: r.cur, Max: r.max}); err != nil {
			return nil, nil, fmt.Errorf("isolate: %s: %w", r.name, err)
		}
		applied = append(applied, r.name)
	}
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return nil, nil, fmt.Errorf("isolate: no_new_privs: %w", err)
	}
	applied = append(applied, "no-new-privs")
	if err := landlock(readPaths, listPaths, exe, network); err != nil {
		unavailable = append(unavailable, "landlock: "+err.Error())
	} else {
		applied = append(applied, "landlock")
	}
	return applied, unavailable, nil
}

// landlockFileRights are the rights a rule on a file (not a directory)
// may carry.
const landlockFileRights = unix.LANDLOCK_ACCESS_FS_EXECUTE | unix.LANDLOCK_ACCESS_FS_WRITE_FILE |
	unix.LANDLOCK_ACCESS_FS_READ_FILE | unix.LANDLOCK_ACCESS_FS_TRUNCATE | unix.LANDLOCK_ACCESS_FS_IOCTL_DEV

func landlock(readPaths, listPaths []string, exe string, network bool) error {
	abi, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, 0, 0, unix.LANDLOCK_CREATE_RULESET_VERSION)
	if e != 0 {
		return fmt.Errorf("not supported by this kernel (%v)", e)
	}
	handled := uint64(1<<13 - 1) // ABI 1: execute … make_sym
	if abi >= 2 {
		handled |= unix.LANDLOCK_ACCESS_FS_REFER
	}
	if abi >= 3 {
		handled |= unix.LANDLOCK_ACCESS_FS_TRUNCATE
	}
	if abi >= 5 {
		handled |= unix.LANDLOCK_ACCESS_FS_IOCTL_DEV
	}
	attr := unix.LandlockRulesetAttr{Handled_access_fs: handled}
	if abi >= 4 && !network {
		// TCP bind and connect handled with no rule allowing any: denied
		attr.Handled_access_net = unix.LANDLOCK_ACCESS_NET_BIND_TCP | unix.LANDLOCK_ACCESS_NET_CONNECT_TCP
	}
	fd, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr), 0)
	if e != 0 {
		return fmt.Errorf("create ruleset: %v", e)
	}
	defer unix.Close(int(fd))
	read := uint64(unix.LANDLOCK_ACCESS_FS_READ_FILE | unix.LANDLOCK_ACCESS_FS_READ_DIR)
	run := read | unix.LANDLOCK_ACCESS_FS_EXECUTE
	allow := func(p string, rights uint64, required bool) error {
		pfd, err := unix.Open(p, unix.O_PATH|unix.O_CLOEXEC, 0)
		if err != nil {
			if !required && errors.Is(err, unix.ENOENT) {
				return nil
			}
			return fmt.Errorf("open %s: %w", p, err)
		}
		defer unix.Close(pfd)
		var st unix.Stat_t
		if err := unix.Fstat(pfd, &st); err != nil {
			return fmt.Errorf("stat %s: %w", p, err)
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			rights &= landlockFileRights
		}
		rule := unix.LandlockPathBeneathAttr{Allowed_access: rights & handled, Parent_fd: int32(pfd)}
		if _, _, e := unix.Syscall6(unix.SYS_LANDLOCK_ADD_RULE, fd, unix.LANDLOCK_RULE_PATH_BENEATH, uintptr(unsafe.Pointer(&rule)), 0, 0, 0); e != 0 {
			return fmt.Errorf("add rule %s: %v", p, e)
		}
		return nil
	}
	for _, p := range readPaths {
		if err := allow(p, read, true); err != nil {
			return err
		}
	}
	for _, p := range listPaths {
		if err := allow(p, unix.LANDLOCK_ACCESS_FS_READ_DIR, true); err != nil {
			return err
		}
	}
	if err := allow(exe, run, true); err != nil {
		return err
	}
	for _, p := range systemExecPaths {
		if err := allow(p, run, false); err != nil {
			return err
		}
	}
	if _, _, e := unix.Syscall(unix.SYS_LANDLOCK_RESTRICT_SELF, fd, 0, 0); e != 0 {
		return fmt.Errorf("restrict self: %v", e)
	}
	return nil
}

// denySyscalls is the worker's second stage: a seccomp filter, on every
// thread, refusing with EPERM the system calls a scanner never needs and
// an exploit would: starting programs, tracing other processes, io_uring,
// and (unless network is true) sockets other than Unix ones.
func denySyscalls(network bool) error {
	var arch uint32
	switch runtime.GOARCH {
	case "amd64":
		arch = unix.AUDIT_ARCH_X86_64
	case "arm64":
		arch = unix.AUDIT_ARCH_AARCH64
	default:
		return fmt.Errorf("no filter for %s", runtime.GOARCH)
	}
	const (
		ldAbs = unix.BPF_LD | unix.BPF_W | unix.BPF_ABS
		jeq   = unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K
		ret   = unix.BPF_RET | unix.BPF_K
	)
	deny := []uint32{unix.SYS_EXECVE, unix.SYS_EXECVEAT, unix.SYS_PTRACE, unix.SYS_IO_URING_SETUP}
	// layout: arch check, one test per denied call, the socket test, then
	// ALLOW at index allow and ERRNO at allow+1
	n := 3 + len(deny) + 3
	allow, errno := n, n+1
	prog := []unix.SockFilter{
		{Code: ldAbs, K: 4}, // seccomp_data.arch
		{Code: jeq, K: arch, Jt: 0, Jf: uint8(errno - 2)},
		{Code: ldAbs, K: 0}, // seccomp_data.nr
	}
	for _, nr := range deny {
		prog = append(prog, unix.SockFilter{Code: jeq, K: nr, Jt: uint8(errno - len(prog) - 1)})
	}
	socketTest := unix.SockFilter{Code: jeq, K: unix.SYS_SOCKET, Jf: uint8(allow - len(prog) - 1)}
	if network {
		socketTest.Jt = socketTest.Jf // sockets allowed
	}
	prog = append(prog, socketTest,
		unix.SockFilter{Code: ldAbs, K: 16}, // args[0] (low half): the address family
		unix.SockFilter{Code: jeq, K: unix.AF_UNIX, Jt: 0, Jf: 1},
		unix.SockFilter{Code: ret, K: unix.SECCOMP_RET_ALLOW},
		unix.SockFilter{Code: ret, K: unix.SECCOMP_RET_ERRNO | uint32(unix.EPERM)},
	)
	if len(prog) != n+2 {
		return fmt.Errorf("seccomp program has %d instructions, want %d", len(prog), n+2)
	}
	fprog := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return fmt.Errorf("no_new_privs: %w", err)
	}
	if _, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC, uintptr(unsafe.Pointer(&fprog))); e != 0 {
		return fmt.Errorf("seccomp: %v", e)
	}
	runtime.KeepAlive(prog)
	return nil
}

// workerProcAttr puts a worker in its own process group, killed whole, and
// has the kernel kill it if the thread that started it (so the server)
// dies.
func workerProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killWorker kills a worker's whole process group.
func killWorker(p *os.Process) { _ = syscall.Kill(-p.Pid, syscall.SIGKILL) }
