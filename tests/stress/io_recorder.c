/* Records every file write, truncation, fsync, rename and unlink under one folder.
 *
 * Loaded with LD_PRELOAD into a child process by tests/powerloss/recorder.py. Environment:
 *   EHBC_REC_DIR   absolute folder to watch (other paths pass through unrecorded)
 *   EHBC_REC_LOG   the log file to append to
 *   EHBC_REC_KILL  optional: SIGKILL the process just before recorded operation N (1-based)
 *   EHBC_REC_KILL_SUFFIX  optional: count only operations on paths ending with this text
 *
 * Log record: op (1 byte) | fd (int32) | a (int64) | b (int64) | path length (uint32) | path
 *             | data length (uint32) | data.  The Python side rebuilds what a power cut at any
 * fsync would leave on disk.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum { OP_OPEN = 1, OP_WRITE = 2, OP_TRUNC = 3, OP_FSYNC = 4, OP_CLOSE = 5, OP_UNLINK = 6,
       OP_RENAME = 7, OP_MARK = 8 };
#define MAX_FD 65536

static pthread_mutex_t lock_ = PTHREAD_MUTEX_INITIALIZER;
static char *paths_[MAX_FD];
static char dir_[PATH_MAX];
static size_t dir_len_;
static int log_fd_ = -1;
static long kill_at_;
static const char *kill_suffix_;
static long counted_;
static int ready_;

static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off64_t);
static int (*real_open)(const char *, int, ...);
static int (*real_open64)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_openat64)(int, const char *, int, ...);
static int (*real_ftruncate)(int, off_t);
static int (*real_ftruncate64)(int, off64_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_close)(int);
static int (*real_unlink)(const char *);
static int (*real_rename)(const char *, const char *);

static void init(void) {
    if (ready_) return;
    real_write = dlsym(RTLD_NEXT, "write");
    real_pwrite = dlsym(RTLD_NEXT, "pwrite");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_open = dlsym(RTLD_NEXT, "open");
    real_open64 = dlsym(RTLD_NEXT, "open64");
    real_openat = dlsym(RTLD_NEXT, "openat");
    real_openat64 = dlsym(RTLD_NEXT, "openat64");
    real_ftruncate = dlsym(RTLD_NEXT, "ftruncate");
    real_ftruncate64 = dlsym(RTLD_NEXT, "ftruncate64");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_close = dlsym(RTLD_NEXT, "close");
    real_unlink = dlsym(RTLD_NEXT, "unlink");
    real_rename = dlsym(RTLD_NEXT, "rename");
    const char *dir = getenv("EHBC_REC_DIR");
    const char *log = getenv("EHBC_REC_LOG");
    const char *kill = getenv("EHBC_REC_KILL");
    kill_suffix_ = getenv("EHBC_REC_KILL_SUFFIX");
    kill_at_ = kill ? atol(kill) : 0;
    if (dir && log) {
        snprintf(dir_, sizeof dir_, "%s/", dir);
        dir_len_ = strlen(dir_);
        log_fd_ = real_open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    }
    ready_ = 1;
}

static int watched(const char *path) {
    if (log_fd_ < 0 || path == NULL) return 0;
    size_t n = strlen(path);
    if (strncmp(path, dir_, dir_len_) != 0 && !(n + 1 == dir_len_ && strncmp(path, dir_, n) == 0))
        return 0;
    if (n > 4 && strcmp(path + n - 4, "-shm") == 0) return 0; /* memory-mapped, rebuilt */
    return 1;
}

static void put(const void *data, size_t len) {
    const char *p = data;
    while (len > 0) {
        ssize_t done = real_write(log_fd_, p, len);
        if (done <= 0) { if (errno == EINTR) continue; abort(); }
        p += done; len -= (size_t)done;
    }
}

/* Call with lock_ held. */
static void record(uint8_t op, int fd, int64_t a, int64_t b, const char *path, const void *data,
                   uint32_t len) {
    if (kill_at_ > 0) {
        size_t n = strlen(path);
        size_t s = kill_suffix_ ? strlen(kill_suffix_) : 0;
        if (!kill_suffix_ || (n >= s && strcmp(path + n - s, kill_suffix_) == 0)) {
            if (++counted_ == kill_at_) raise(SIGKILL);
        }
    }
    uint32_t plen = (uint32_t)strlen(path);
    int32_t fd32 = fd;
    put(&op, 1); put(&fd32, 4); put(&a, 8); put(&b, 8); put(&plen, 4); put(path, plen);
    put(&len, 4);
    if (len) put(data, len);
}

static void absolute(int dirfd, const char *path, char *out) {
    if (path[0] == '/') { snprintf(out, PATH_MAX, "%s", path); return; }
    char base[PATH_MAX];
    if (dirfd == AT_FDCWD) { if (!getcwd(base, sizeof base)) base[0] = 0; }
    else if (dirfd >= 0 && dirfd < MAX_FD && paths_[dirfd]) snprintf(base, sizeof base, "%s", paths_[dirfd]);
    else base[0] = 0;
    snprintf(out, PATH_MAX, "%s/%s", base, path);
}

static void opened(int fd, const char *path, int flags) {
    if (fd < 0 || fd >= MAX_FD) return;
    pthread_mutex_lock(&lock_);
    free(paths_[fd]);
    paths_[fd] = NULL;
    if (watched(path)) {
        struct stat st;
        int is_dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
        paths_[fd] = strdup(path);
        record(OP_OPEN, fd, flags, is_dir, path, NULL, 0);
    }
    pthread_mutex_unlock(&lock_);
}

#define OPEN_BODY(call)                                                   \
    init();                                                               \
    mode_t mode = 0;                                                      \
    if (flags & (O_CREAT | O_TMPFILE)) {                                  \
        va_list ap; va_start(ap, flags); mode = va_arg(ap, mode_t); va_end(ap); \
    }                                                                     \
    int fd = call;                                                        \
    if (fd >= 0 && log_fd_ >= 0) { char abs_[PATH_MAX]; absolute(DIRFD, path, abs_); opened(fd, abs_, flags); } \
    return fd;

#define DIRFD AT_FDCWD
int open(const char *path, int flags, ...) { OPEN_BODY(real_open(path, flags, mode)) }
int open64(const char *path, int flags, ...) { OPEN_BODY(real_open64(path, flags, mode)) }
#undef DIRFD
#define DIRFD dirfd
int openat(int dirfd, const char *path, int flags, ...) { OPEN_BODY(real_openat(dirfd, path, flags, mode)) }
int openat64(int dirfd, const char *path, int flags, ...) { OPEN_BODY(real_openat64(dirfd, path, flags, mode)) }
#undef DIRFD

static const char *path_of(int fd) { return (fd >= 0 && fd < MAX_FD) ? paths_[fd] : NULL; }

static void wrote(int fd, int64_t offset, const void *buf, ssize_t done) {
    if (done <= 0) return;
    record(OP_WRITE, fd, offset, 0, paths_[fd], buf, (uint32_t)done);
}

ssize_t write(int fd, const void *buf, size_t n) {
    init();
    if (!path_of(fd)) return real_write(fd, buf, n);
    pthread_mutex_lock(&lock_);
    off_t at = lseek(fd, 0, SEEK_CUR);
    ssize_t done = real_write(fd, buf, n);
    wrote(fd, at, buf, done);
    pthread_mutex_unlock(&lock_);
    return done;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t at) {
    init();
    if (!path_of(fd)) return real_pwrite(fd, buf, n, at);
    pthread_mutex_lock(&lock_);
    ssize_t done = real_pwrite(fd, buf, n, at);
    wrote(fd, at, buf, done);
    pthread_mutex_unlock(&lock_);
    return done;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t at) {
    init();
    if (!path_of(fd)) return real_pwrite64(fd, buf, n, at);
    pthread_mutex_lock(&lock_);
    ssize_t done = real_pwrite64(fd, buf, n, at);
    wrote(fd, at, buf, done);
    pthread_mutex_unlock(&lock_);
    return done;
}

static int truncated(int fd, int64_t size, int rc) {
    if (rc == 0 && path_of(fd)) {
        pthread_mutex_lock(&lock_);
        record(OP_TRUNC, fd, size, 0, paths_[fd], NULL, 0);
        pthread_mutex_unlock(&lock_);
    }
    return rc;
}

int ftruncate(int fd, off_t size) { init(); return truncated(fd, size, real_ftruncate(fd, size)); }
int ftruncate64(int fd, off64_t size) { init(); return truncated(fd, size, real_ftruncate64(fd, size)); }

static int synced(int fd, int rc) {
    if (rc == 0 && path_of(fd)) {
        pthread_mutex_lock(&lock_);
        record(OP_FSYNC, fd, 0, 0, paths_[fd], NULL, 0);
        pthread_mutex_unlock(&lock_);
    }
    return rc;
}

int fsync(int fd) { init(); return synced(fd, real_fsync(fd)); }
int fdatasync(int fd) { init(); return synced(fd, real_fdatasync(fd)); }

int close(int fd) {
    init();
    if (path_of(fd)) {
        pthread_mutex_lock(&lock_);
        record(OP_CLOSE, fd, 0, 0, paths_[fd], NULL, 0);
        free(paths_[fd]);
        paths_[fd] = NULL;
        pthread_mutex_unlock(&lock_);
    }
    return real_close(fd);
}

int unlink(const char *path) {
    init();
    char abs_[PATH_MAX];
    if (log_fd_ >= 0) absolute(AT_FDCWD, path, abs_);
    if (log_fd_ >= 0 && watched(abs_)) {
        const char *base = strrchr(abs_, '/');
        if (base && strncmp(base + 1, "ehbc-rec-mark-", 14) == 0) {
            pthread_mutex_lock(&lock_);
            record(OP_MARK, -1, 0, 0, abs_, NULL, 0);
            pthread_mutex_unlock(&lock_);
            errno = ENOENT;
            return -1;
        }
        pthread_mutex_lock(&lock_);
        int rc = real_unlink(path);
        if (rc == 0) record(OP_UNLINK, -1, 0, 0, abs_, NULL, 0);
        pthread_mutex_unlock(&lock_);
        return rc;
    }
    return real_unlink(path);
}

int rename(const char *from, const char *to) {
    init();
    char a[PATH_MAX], b[PATH_MAX];
    if (log_fd_ >= 0) { absolute(AT_FDCWD, from, a); absolute(AT_FDCWD, to, b); }
    if (log_fd_ >= 0 && (watched(a) || watched(b))) {
        pthread_mutex_lock(&lock_);
        int rc = real_rename(from, to);
        if (rc == 0) {
            /* The path field holds "from\0to". */
            size_t la = strlen(a), lb = strlen(b);
            char both[2 * PATH_MAX + 2];
            memcpy(both, a, la); both[la] = '\n'; memcpy(both + la + 1, b, lb + 1);
            record(OP_RENAME, -1, 0, 0, both, NULL, 0);
        }
        pthread_mutex_unlock(&lock_);
        return rc;
    }
    return real_rename(from, to);
}
