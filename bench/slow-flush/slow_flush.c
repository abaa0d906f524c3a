/*
 * A disk with a slower flush, for the benchmark (bench/run.sh with FLUSH_DELAY_US): preloaded into the service's
 * process, and so into the embedded PostgreSQL it starts, it makes every fsync() and fdatasync() wait
 * SLOW_FLUSH_MICROS microseconds (a sleep: no CPU) before the real call. A cloud volume's flush takes ~0.5-2 ms
 * where this machine's virtio disk takes ~0.1 ms (pg_test_fsync), and a hot row's throughput, the service's and
 * pgbench's alike, is bound by the flush its lock is held through.
 *   cc -shared -fPIC -O2 -o slow_flush.so slow_flush.c -ldl
 *   LD_PRELOAD=./slow_flush.so SLOW_FLUSH_MICROS=1000 pg_test_fsync
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

static long delay_micros(void) {
	static long micros = -1;
	if (micros < 0) {
		const char *value = getenv("SLOW_FLUSH_MICROS");
		micros = value == NULL ? 0 : atol(value);
	}
	return micros;
}

static void wait_for_disk(void) {
	long micros = delay_micros();
	if (micros > 0) {
		struct timespec pause = { micros / 1000000, (micros % 1000000) * 1000 };
		while (nanosleep(&pause, &pause) != 0) {
		}
	}
}

/* The libc call of that name, after the wait. */
#define AFTER_THE_DISK(name) \
	int name(int fd) { \
		static int (*real)(int); \
		if (real == NULL) { \
			real = (int (*)(int)) dlsym(RTLD_NEXT, #name); \
		} \
		wait_for_disk(); \
		return real(fd); \
	}

AFTER_THE_DISK(fsync)
AFTER_THE_DISK(fdatasync)
