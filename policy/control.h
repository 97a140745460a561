/* The control socket: the administration module's way into a running zsie (`zsie run
 * --control PATH`, a Unix stream socket, mode 0600).  One request a connection, one line:
 *
 *   policy show [VM]
 *   policy set TYPE ID[:ARG][@NODE] [VM]
 *   policy unset TYPE [VM]
 *
 * at most CONTROL_REQ_MAX bytes with its newline.  The reply: the output lines, then "OK" or
 * "ERR Exxx message".  The peer's user (SO_PEERCRED) is who the audit record names. */
#ifndef ZSIE_CONTROL_H
#define ZSIE_CONTROL_H

#include <stddef.h>

#include "policy.h"
#include "proxy.h"

#define CONTROL_REQ_MAX 1024

enum control_op { CONTROL_SHOW, CONTROL_SET, CONTROL_UNSET };

struct control_req {
    enum control_op op;
    struct policy_entry e;     /* set: the entry; unset: e.type */
    char vm[9];                /* "": the node */
};

/* Parse one request (len bytes, without its newline).  0, or -1 with "Exxx ..." in err. */
int control_parse(const char *line, size_t len, struct control_req *rq, char *err, size_t errlen);
/* Perform rq on the proxy; the reply text (ending in OK or ERR line) into out. */
void control_perform(struct proxy *p, const struct control_req *rq, const char *who, char *out, size_t outlen);

struct control_server;
/* Listen on path (an existing socket file is replaced only if nothing answers on it) and
 * serve requests on a thread of its own.  0, or -1 with a message. */
int control_start(struct control_server **out, const char *path, struct proxy *p, char *err, size_t errlen);
void control_stop(struct control_server *s);

/* The client: send request to the socket at path, the reply into out.  Returns 0 when the
 * reply ends in OK, 1 when in ERR, -1 when the socket could not be reached (err). */
int control_request(const char *path, const char *request, char *out, size_t outlen, char *err, size_t errlen);

#endif
