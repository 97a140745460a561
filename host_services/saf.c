/* The SAF holder: the current RACF database behind a reader-writer lock.  A new database is
 * built entirely outside the lock (from a file, or from a copy of the current one plus
 * commands) and swapped in under the write lock, so decisions, which hold the read lock,
 * see one whole database or the other. */
#include "saf.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_parse.h"

struct saf {
    pthread_rwlock_t lock;
    pthread_mutex_t writer; /* one replacement at a time, so saf_command never loses one */
    struct racf_db *db;
    unsigned long generation;
};

struct saf *saf_new(void)
{
    struct saf *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->db = racf_db_new(0);
    if (!s->db || pthread_rwlock_init(&s->lock, NULL)) {
        racf_db_free(s->db);
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->writer, NULL);
    return s;
}

void saf_free(struct saf *s)
{
    if (!s)
        return;
    racf_db_free(s->db);
    pthread_rwlock_destroy(&s->lock);
    pthread_mutex_destroy(&s->writer);
    free(s);
}

/* Publish db; the writer mutex is held by the caller. */
static void publish(struct saf *s, struct racf_db *db)
{
    pthread_rwlock_wrlock(&s->lock);
    struct racf_db *old = s->db;
    s->db = db;
    s->generation++;
    pthread_rwlock_unlock(&s->lock);
    racf_db_free(old);
}

int saf_load(struct saf *s, const char *path, char *err, size_t errlen)
{
    struct racf_db *db = racf_db_load_file(path, 0, err, errlen);
    if (!db)
        return -1;
    pthread_mutex_lock(&s->writer);
    publish(s, db);
    pthread_mutex_unlock(&s->writer);
    return 0;
}

int saf_load_text(struct saf *s, const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    struct racf_db *db = racf_db_load_text(text, len, name, 0, err, errlen);
    if (!db)
        return -1;
    pthread_mutex_lock(&s->writer);
    publish(s, db);
    pthread_mutex_unlock(&s->writer);
    return 0;
}

int saf_command(struct saf *s, const char *text, char *err, size_t errlen)
{
    pthread_mutex_lock(&s->writer);
    /* only writers change s->db and we are the writer: reading it needs no rwlock here */
    struct racf_db *db = racf_db_clone(s->db);
    int rc = -1;
    if (!db)
        snprintf(err, errlen, "command: E230 out of memory");
    else if (racf_run_commands(db, text, strlen(text), "command", err, errlen) < 0)
        racf_db_free(db);
    else {
        publish(s, db);
        rc = 0;
    }
    pthread_mutex_unlock(&s->writer);
    return rc;
}

int saf_auth(struct saf *s, const struct saf_request *rq, struct saf_result *r)
{
    pthread_rwlock_rdlock(&s->lock);
    int rc = racf_auth(s->db, rq, r);
    pthread_rwlock_unlock(&s->lock);
    return rc;
}

unsigned long saf_generation(struct saf *s)
{
    pthread_rwlock_rdlock(&s->lock);
    unsigned long g = s->generation;
    pthread_rwlock_unlock(&s->lock);
    return g;
}
