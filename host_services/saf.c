/* The SAF holder: the current RACF database as a reference-counted snapshot.  A decision
 * takes a reference under a short mutex, decides without any lock, and drops it; a new
 * database is built entirely outside the lock (from a file, or from a copy of the current
 * one plus commands) and swapped in, and the old one is freed by whoever drops its last
 * reference.  So decisions see one whole database or the other, a reload never waits for
 * decisions to drain (a reader-writer lock that prefers readers starves the writer under
 * steady guest load), and decisions never wait for a reload. */
#include "saf.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_parse.h"

struct snapshot {
    struct racf_db *db;
    unsigned long refs; /* the holder's own reference, and one per decision under way */
};

struct saf {
    pthread_mutex_t lock;   /* guards cur and every snapshot's refs */
    pthread_mutex_t writer; /* one replacement at a time, so saf_command never loses one */
    struct snapshot *cur;
    unsigned long generation;
};

static struct snapshot *snapshot_new(struct racf_db *db)
{
    struct snapshot *n = malloc(sizeof *n);
    if (!n)
        return NULL;
    n->db = db;
    n->refs = 1;
    return n;
}

static void snapshot_put(struct saf *s, struct snapshot *sn)
{
    pthread_mutex_lock(&s->lock);
    bool last = --sn->refs == 0;
    pthread_mutex_unlock(&s->lock);
    if (last) {
        racf_db_free(sn->db);
        free(sn);
    }
}

static struct snapshot *snapshot_get(struct saf *s)
{
    pthread_mutex_lock(&s->lock);
    struct snapshot *sn = s->cur;
    sn->refs++;
    pthread_mutex_unlock(&s->lock);
    return sn;
}

struct saf *saf_new(void)
{
    struct saf *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    struct racf_db *db = racf_db_new(0);
    s->cur = db ? snapshot_new(db) : NULL;
    if (!s->cur) {
        racf_db_free(db);
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->writer, NULL);
    return s;
}

void saf_free(struct saf *s)
{
    if (!s)
        return;
    snapshot_put(s, s->cur);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->writer);
    free(s);
}

/* Publish db (the writer mutex is held by the caller); -1 when out of memory. */
static int publish(struct saf *s, struct racf_db *db, char *err, size_t errlen)
{
    struct snapshot *n = snapshot_new(db);
    if (!n) {
        racf_db_free(db);
        snprintf(err, errlen, "E230 out of memory");
        return -1;
    }
    pthread_mutex_lock(&s->lock);
    struct snapshot *old = s->cur;
    s->cur = n;
    s->generation++;
    pthread_mutex_unlock(&s->lock);
    snapshot_put(s, old);
    return 0;
}

int saf_load(struct saf *s, const char *path, char *err, size_t errlen)
{
    struct racf_db *db = racf_db_load_file(path, 0, err, errlen);
    if (!db)
        return -1;
    pthread_mutex_lock(&s->writer);
    int rc = publish(s, db, err, errlen);
    pthread_mutex_unlock(&s->writer);
    return rc;
}

int saf_load_text(struct saf *s, const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    struct racf_db *db = racf_db_load_text(text, len, name, 0, err, errlen);
    if (!db)
        return -1;
    pthread_mutex_lock(&s->writer);
    int rc = publish(s, db, err, errlen);
    pthread_mutex_unlock(&s->writer);
    return rc;
}

int saf_command(struct saf *s, const char *text, char *err, size_t errlen)
{
    pthread_mutex_lock(&s->writer);
    /* only writers change s->cur and we are the writer: it stays while we copy it */
    struct racf_db *db = racf_db_clone(s->cur->db);
    int rc = -1;
    if (!db)
        snprintf(err, errlen, "command: E230 out of memory");
    else if (racf_run_commands(db, text, strlen(text), "command", err, errlen) < 0)
        racf_db_free(db);
    else
        rc = publish(s, db, err, errlen);
    pthread_mutex_unlock(&s->writer);
    return rc;
}

int saf_auth(struct saf *s, const struct saf_request *rq, struct saf_result *r)
{
    struct snapshot *sn = snapshot_get(s);
    int rc = racf_auth(sn->db, rq, r);
    snapshot_put(s, sn);
    return rc;
}

unsigned long saf_generation(struct saf *s)
{
    pthread_mutex_lock(&s->lock);
    unsigned long g = s->generation;
    pthread_mutex_unlock(&s->lock);
    return g;
}
