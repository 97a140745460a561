/* Kernel policies in JetStream key-value (policy/policy_kv.h).  Not built yet. */
#include "policy_kv.h"

int policy_kv_watch(struct policy_kv **w, natsConnection *nc, const char *node, struct proxy *p, FILE *msgs,
                    char *err, size_t errlen)
{
    (void)nc, (void)node, (void)p, (void)msgs, (void)err, (void)errlen;
    *w = NULL;
    return 0;
}

void policy_kv_stop(struct policy_kv *w)
{
    (void)w;
}
