/* The control socket: request parser, server thread and client. */
#define _GNU_SOURCE
#include "control.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static bool vm_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 8)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("@#$_-", *s))
            return false;
    return true;
}

int control_parse(const char *line, size_t len, struct control_req *rq, char *err, size_t errlen)
{
    memset(rq, 0, sizeof *rq);
    if (len >= CONTROL_REQ_MAX) {
        snprintf(err, errlen, "E410 request longer than %d bytes", CONTROL_REQ_MAX - 1);
        return -1;
    }
    char buf[CONTROL_REQ_MAX];
    memcpy(buf, line, len);
    buf[len] = 0;
    if (memchr(buf, 0, len)) {
        snprintf(err, errlen, "E411 request has a NUL byte");
        return -1;
    }
    char *tok[6];
    unsigned n = 0;
    for (char *t = strtok(buf, " \t\r"); t; t = strtok(NULL, " \t\r")) {
        if (n == 6) {
            snprintf(err, errlen, "E412 too many words in the request");
            return -1;
        }
        tok[n++] = t;
    }
    if (n < 2 || strcasecmp(tok[0], "policy")) {
        snprintf(err, errlen, "E412 unknown request (want: policy show|set|unset ...)");
        return -1;
    }
    unsigned vmpos;
    if (!strcasecmp(tok[1], "show")) {
        rq->op = CONTROL_SHOW;
        vmpos = 2;
    } else if (!strcasecmp(tok[1], "set")) {
        rq->op = CONTROL_SET;
        if (n < 4) {
            snprintf(err, errlen, "E412 want: policy set TYPE ID[:ARG][@NODE] [VM]");
            return -1;
        }
        char e[300];
        if (policy_entry_parse(&rq->e, tok[2], tok[3], e, sizeof e)) {
            snprintf(err, errlen, "E413 %s", e);
            return -1;
        }
        vmpos = 4;
    } else if (!strcasecmp(tok[1], "unset")) {
        rq->op = CONTROL_UNSET;
        if (n < 3) {
            snprintf(err, errlen, "E412 want: policy unset TYPE [VM]");
            return -1;
        }
        char e[300];
        if (policy_entry_parse(&rq->e, tok[2], "x", e, sizeof e)) {
            snprintf(err, errlen, "E413 %s", e);
            return -1;
        }
        rq->e.spec[0] = 0;
        vmpos = 3;
    } else {
        snprintf(err, errlen, "E412 unknown policy request '%.20s' (show, set, unset)", tok[1]);
        return -1;
    }
    if (n > vmpos + 1) {
        snprintf(err, errlen, "E412 too many words in the request");
        return -1;
    }
    if (n == vmpos + 1) {
        if (!vm_ok(tok[vmpos])) {
            snprintf(err, errlen, "E414 '%.20s' is not a user id (1-8 of A-Z 0-9 @ # $ _ -)", tok[vmpos]);
            return -1;
        }
        for (unsigned i = 0; tok[vmpos][i]; i++)
            rq->vm[i] = (char)toupper((unsigned char)tok[vmpos][i]);
    }
    return 0;
}

void control_perform(struct proxy *p, const struct control_req *rq, const char *who, char *out, size_t outlen)
{
    char err[400];
    const char *vm = rq->vm[0] ? rq->vm : NULL;
    switch (rq->op) {
    case CONTROL_SHOW: {
        proxy_show(p, vm, out, outlen);
        size_t n = strlen(out);
        snprintf(out + n, outlen - n, "OK\n");
        return;
    }
    case CONTROL_SET:
        if (proxy_admin_set(p, vm, &rq->e, who, err, sizeof err)) {
            snprintf(out, outlen, "ERR E415 %s\n", err);
            return;
        }
        break;
    case CONTROL_UNSET:
        if (proxy_admin_unset(p, vm, rq->e.type, who, err, sizeof err)) {
            snprintf(out, outlen, "ERR E415 %s\n", err);
            return;
        }
        break;
    }
    snprintf(out, outlen, "OK\n");
}

/* ---- the server ---- */
struct control_server {
    int fd, wake[2];
    char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
    struct proxy *p;
    pthread_t th;
};

static void peer_name(int fd, char *who, size_t len)
{
    struct ucred cr;
    socklen_t l = sizeof cr;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &l)) {
        snprintf(who, len, "?");
        return;
    }
    struct passwd pw, *res = NULL;
    char buf[1024];
    if (!getpwuid_r(cr.uid, &pw, buf, sizeof buf, &res) && res)
        snprintf(who, len, "%s(uid %u)", pw.pw_name, (unsigned)cr.uid);
    else
        snprintf(who, len, "uid %u", (unsigned)cr.uid);
}

static void write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
        if (k <= 0)
            return;
        s += k;
        n -= (size_t)k;
    }
}

static void serve_one(struct control_server *s, int fd)
{
    char buf[CONTROL_REQ_MAX + 1];
    size_t len = 0;
    char *nl = NULL;
    /* a request must arrive within a few seconds: a silent client holds no one up long */
    while (len < sizeof buf && !nl) {
        struct pollfd pf = {fd, POLLIN, 0};
        if (poll(&pf, 1, 5000) <= 0)
            break;
        ssize_t k = recv(fd, buf + len, sizeof buf - len, 0);
        if (k <= 0)
            break;
        nl = memchr(buf + len, '\n', (size_t)k);
        len += (size_t)k;
    }
    char out[8192], err[300];
    struct control_req rq;
    if (!nl) {
        snprintf(out, sizeof out, "ERR %s\n",
                 len >= CONTROL_REQ_MAX ? "E410 request longer than 1023 bytes" : "E416 incomplete request (no newline)");
    } else if (control_parse(buf, (size_t)(nl - buf), &rq, err, sizeof err)) {
        snprintf(out, sizeof out, "ERR %s\n", err);
    } else {
        char who[128];
        peer_name(fd, who, sizeof who);
        control_perform(s->p, &rq, who, out, sizeof out);
    }
    write_all(fd, out, strlen(out));
}

static void *server(void *arg)
{
    struct control_server *s = arg;
    for (;;) {
        struct pollfd pf[2] = {{s->fd, POLLIN, 0}, {s->wake[0], POLLIN, 0}};
        if (poll(pf, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (pf[1].revents)
            break;
        int c = accept4(s->fd, NULL, NULL, SOCK_CLOEXEC);
        if (c < 0)
            continue;
        serve_one(s, c);
        close(c);
    }
    return NULL;
}

int control_start(struct control_server **out, const char *path, struct proxy *p, char *err, size_t errlen)
{
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof a.sun_path) {
        snprintf(err, errlen, "E417 control socket path too long (at most %zu bytes)", sizeof a.sun_path - 1);
        return -1;
    }
    strcpy(a.sun_path, path);
    struct control_server *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "E417 out of memory");
        return -1;
    }
    s->p = p;
    strcpy(s->path, path);
    s->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s->fd < 0 || pipe(s->wake)) {
        snprintf(err, errlen, "E417 %s: %s", path, strerror(errno));
        goto bad;
    }
    /* a stale socket of a zsie that is gone is replaced; a live one is not taken over */
    int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe >= 0 && !connect(probe, (struct sockaddr *)&a, sizeof a)) {
        close(probe);
        snprintf(err, errlen, "E417 %s: another zsie answers on it", path);
        goto bad;
    }
    if (probe >= 0)
        close(probe);
    struct stat st;
    if (!lstat(path, &st) && S_ISSOCK(st.st_mode))
        unlink(path);
    mode_t old = umask(077);
    int b = bind(s->fd, (struct sockaddr *)&a, sizeof a);
    umask(old);
    if (b || listen(s->fd, 8)) {
        snprintf(err, errlen, "E417 %s: cannot listen: %s", path, strerror(errno));
        goto bad;
    }
    if (pthread_create(&s->th, NULL, server, s)) {
        unlink(path);
        snprintf(err, errlen, "E417 cannot start the control thread");
        goto bad;
    }
    *out = s;
    return 0;
bad:
    if (s->fd >= 0)
        close(s->fd);
    if (s->wake[0] > 0) {
        close(s->wake[0]);
        close(s->wake[1]);
    }
    free(s);
    return -1;
}

void control_stop(struct control_server *s)
{
    if (!s)
        return;
    if (write(s->wake[1], "x", 1) != 1)
        perror("zsie: control socket");
    pthread_join(s->th, NULL);
    close(s->fd);
    close(s->wake[0]);
    close(s->wake[1]);
    unlink(s->path);
    free(s);
}

int control_request(const char *path, const char *request, char *out, size_t outlen, char *err, size_t errlen)
{
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof a.sun_path) {
        snprintf(err, errlen, "E418 %s: path too long", path);
        return -1;
    }
    strcpy(a.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a)) {
        snprintf(err, errlen, "E418 %s: cannot connect: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    write_all(fd, request, strlen(request));
    write_all(fd, "\n", 1);
    shutdown(fd, SHUT_WR);
    size_t n = 0;
    for (;;) {
        struct pollfd pf = {fd, POLLIN, 0};
        if (poll(&pf, 1, 10000) <= 0 || n + 1 >= outlen)
            break;
        ssize_t k = recv(fd, out + n, outlen - n - 1, 0);
        if (k <= 0)
            break;
        n += (size_t)k;
    }
    close(fd);
    out[n] = 0;
    if (n == 0) {
        snprintf(err, errlen, "E418 %s: no reply", path);
        return -1;
    }
    /* the last line says how it went */
    size_t end = out[n - 1] == '\n' ? n - 1 : n, last = end;
    while (last > 0 && out[last - 1] != '\n')
        last--;
    return !strncmp(out + last, "OK", 2) ? 0 : 1;
}
