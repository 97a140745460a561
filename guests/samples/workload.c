/* A self-checking CPU workload: linked lists, matrix multiply, a state machine, CRC-32,
 * integer and double math, 128-bit arithmetic, qsort and string functions.  Each part prints a
 * checksum; the guest build compares the total with WORKLOAD_EXPECTED, which the build takes
 * from the same C run on the host (`workload_host --header`).  Plain C17: builds for both. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t rng_state = 12345;

static uint32_t rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 8;
}

static uint32_t mix(uint32_t h, uint64_t v)
{
    h ^= (uint32_t)v + 0x9E3779B9u + (h << 6) + (h >> 2);
    h ^= (uint32_t)(v >> 32) + 0x7F4A7C15u + (h << 6) + (h >> 2);
    return h;
}

/* --- linked lists: build, merge sort, reverse, search ------------------------------------ */
struct node {
    struct node *next;
    int32_t key;
    uint16_t tag;
};

static struct node pool[600];

static struct node *merge(struct node *a, struct node *b)
{
    struct node head, *t = &head;
    while (a && b) {
        if (a->key < b->key || (a->key == b->key && a->tag <= b->tag)) {
            t->next = a;
            a = a->next;
        } else {
            t->next = b;
            b = b->next;
        }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}

static struct node *list_sort(struct node *l)
{
    if (!l || !l->next)
        return l;
    struct node *slow = l, *fast = l->next;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct node *second = slow->next;
    slow->next = NULL;
    return merge(list_sort(l), list_sort(second));
}

static uint32_t part_lists(void)
{
    uint32_t h = 1;
    for (int round = 0; round < 4; round++) {
        struct node *list = NULL;
        int n = 400 + round * 50;
        for (int i = 0; i < n; i++) {
            pool[i].key = (int32_t)(rng() % 2000) - 1000;
            pool[i].tag = (uint16_t)i;
            pool[i].next = list;
            list = &pool[i];
        }
        list = list_sort(list);
        int32_t prev = INT32_MIN;
        for (struct node *p = list; p; p = p->next) {
            if (p->key < prev)
                h = mix(h, 0xBAD);
            prev = p->key;
            h = mix(h, (uint32_t)p->key * 31u + p->tag);
        }
        struct node *rev = NULL;
        while (list) {
            struct node *next = list->next;
            list->next = rev;
            rev = list;
            list = next;
        }
        int found = 0;
        for (struct node *p = rev; p; p = p->next)
            if (p->key % 7 == 0)
                found++;
        h = mix(h, (uint64_t)found);
    }
    return h;
}

/* --- matrix multiply, integer and double ------------------------------------------------- */
#define MN 20
static int32_t ma[MN][MN], mb[MN][MN], mc[MN][MN];
static double da[MN][MN], db[MN][MN], dc[MN][MN];

static uint32_t part_matrix(void)
{
    uint32_t h = 2;
    for (int i = 0; i < MN; i++)
        for (int j = 0; j < MN; j++) {
            ma[i][j] = (int32_t)(rng() % 201) - 100;
            mb[i][j] = (int32_t)(rng() % 201) - 100;
            da[i][j] = (double)ma[i][j] / 8.0 + 0.1;
            db[i][j] = (double)mb[i][j] / 3.0;
        }
    for (int i = 0; i < MN; i++)
        for (int j = 0; j < MN; j++) {
            int32_t s = 0;
            double d = 0.0;
            for (int k = 0; k < MN; k++) {
                s += ma[i][k] * mb[k][j];
                d += da[i][k] * db[k][j];
            }
            mc[i][j] = s;
            dc[i][j] = d;
        }
    for (int i = 0; i < MN; i++)
        for (int j = 0; j < MN; j++) {
            uint64_t bits;
            memcpy(&bits, &dc[i][j], sizeof bits);
            h = mix(h, (uint32_t)mc[i][j]);
            h = mix(h, bits);
        }
    return h;
}

/* --- state machine: classify tokens of a generated text ---------------------------------- */
enum state { S_START, S_INT, S_FRAC, S_EXP, S_EXPSIGN, S_EXPINT, S_WORD, S_BAD, S_COUNT };

static uint32_t part_state_machine(void)
{
    static const char alphabet[] = "0123456789.e-+abc ,";
    static char text[4000];
    for (size_t i = 0; i < sizeof text - 1; i++)
        text[i] = alphabet[rng() % (sizeof alphabet - 1)];
    text[sizeof text - 1] = '\0';
    uint32_t counts[S_COUNT] = {0};
    uint32_t transitions = 0;
    enum state s = S_START;
    for (const char *p = text;; p++) {
        char c = *p;
        if (c == ' ' || c == ',' || c == '\0') {
            counts[s]++;
            s = S_START;
            if (!c)
                break;
            continue;
        }
        enum state next = S_BAD;
        int digit = c >= '0' && c <= '9';
        switch (s) {
        case S_START: next = digit ? S_INT : (c >= 'a' && c <= 'c') ? S_WORD : S_BAD; break;
        case S_INT: next = digit ? S_INT : c == '.' ? S_FRAC : c == 'e' ? S_EXP : S_BAD; break;
        case S_FRAC: next = digit ? S_FRAC : c == 'e' ? S_EXP : S_BAD; break;
        case S_EXP: next = digit ? S_EXPINT : (c == '-' || c == '+') ? S_EXPSIGN : S_BAD; break;
        case S_EXPSIGN:
        case S_EXPINT: next = digit ? S_EXPINT : S_BAD; break;
        case S_WORD: next = (c >= 'a' && c <= 'c') ? S_WORD : S_BAD; break;
        default: next = S_BAD; break;
        }
        if (next != s)
            transitions++;
        s = next;
    }
    uint32_t h = 3;
    for (int i = 0; i < S_COUNT; i++)
        h = mix(h, counts[i]);
    return mix(h, transitions);
}

/* --- CRC-32 (reflected, polynomial 0xEDB88320), table built at run time ------------------ */
static uint32_t crc_table[256];

static uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t part_crc(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    static uint8_t buf[8192];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)rng();
    uint32_t h = crc32((const uint8_t *)"123456789", 9); /* the check value: 0xCBF43926 */
    for (size_t len = 1; len <= sizeof buf; len = len * 3 + 1)
        h = mix(h, crc32(buf, len));
    return h;
}

/* --- integer and double math ------------------------------------------------------------- */
static uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint32_t part_math(void)
{
    uint32_t h = 4;
    static uint8_t composite[20000];
    uint32_t primes = 0;
    for (uint32_t i = 2; i < sizeof composite; i++) {
        if (composite[i])
            continue;
        primes++;
        for (uint32_t j = i * i; j < sizeof composite; j += i)
            composite[j] = 1;
    }
    h = mix(h, primes);
    for (int i = 0; i < 200; i++) {
        uint64_t a = ((uint64_t)rng() << 20) ^ rng(), b = rng() + 1u;
        int64_t sa = (int64_t)a - (int64_t)(a >> 1) * 3, sb = (int64_t)(b % 1000) - 500;
        if (sb == 0)
            sb = 7;
        h = mix(h, gcd(a, b));
        h = mix(h, (uint64_t)(sa / sb));
        h = mix(h, (uint64_t)(sa % sb));
        h = mix(h, (uint32_t)((int32_t)a >> (i % 31)));
    }
    double x = 0.0, y = 1.0;
    for (int i = 1; i <= 500; i++) {
        x += 1.0 / ((double)i * (double)i);
        y = y * 1.0001 + sqrt((double)i) / 1000.0;
    }
    double guess = 2.0;
    for (int i = 0; i < 8; i++)
        guess = 0.5 * (guess + 10.0 / guess);
    float f = 1.0f;
    for (int i = 0; i < 100; i++)
        f = f * 1.01f - 0.003f;
    uint64_t bx, by, bg;
    uint32_t bf;
    memcpy(&bx, &x, 8);
    memcpy(&by, &y, 8);
    memcpy(&bg, &guess, 8);
    memcpy(&bf, &f, 4);
    h = mix(h, bx);
    h = mix(h, by);
    h = mix(h, bg);
    h = mix(h, bf);
    h = mix(h, (uint64_t)(int64_t)(x * 1e9));
    h = mix(h, (uint64_t)(int64_t)(-y * 12345.678));
    return h;
}

/* --- 128-bit arithmetic ------------------------------------------------------------------ */
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    return (uint64_t)((unsigned __int128)a * b % m);
}

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m)
{
    uint64_t r = 1;
    for (b %= m; e; e >>= 1, b = mulmod(b, b, m))
        if (e & 1)
            r = mulmod(r, b, m);
    return r;
}

static uint32_t part_int128(void)
{
    uint32_t h = 5;
    const uint64_t p = 0xFFFFFFFFFFFFFFC5u; /* the largest 64-bit prime */
    for (int i = 0; i < 40; i++) {
        uint64_t a = ((uint64_t)rng() << 40) ^ ((uint64_t)rng() << 16) ^ rng();
        h = mix(h, powmod(a, p - 2, p)); /* inverse by Fermat */
        h = mix(h, mulmod(powmod(a, p - 2, p), a, p));
        __int128 s = (__int128)(int64_t)a * -(__int128)(a >> 3);
        __int128 q = s / 1000000007, r = s % 1000000007;
        h = mix(h, (uint64_t)q);
        h = mix(h, (uint64_t)((unsigned __int128)q >> 64));
        h = mix(h, (uint64_t)r);
        unsigned __int128 u = (unsigned __int128)a << 61;
        h = mix(h, (uint64_t)(u >> 67));
    }
    return h;
}

/* --- qsort -------------------------------------------------------------------------------- */
struct rec {
    int32_t key;
    uint32_t id;
};

static int rec_cmp(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static uint32_t part_qsort(void)
{
    static struct rec recs[1000];
    for (uint32_t i = 0; i < 1000; i++) {
        recs[i].key = (int32_t)(rng() % 500) - 250;
        recs[i].id = i;
    }
    qsort(recs, 1000, sizeof recs[0], rec_cmp);
    uint32_t h = 6;
    for (int i = 0; i < 1000; i++)
        h = mix(h, (uint64_t)(uint32_t)recs[i].key << 32 | recs[i].id);
    return h;
}

/* --- string functions -------------------------------------------------------------------- */
static uint32_t part_strings(void)
{
    uint32_t h = 7;
    char buf[256], word[32];
    buf[0] = '\0';
    for (int i = 0; i < 20; i++) {
        snprintf(word, sizeof word, "%s%d-%x", i % 3 ? "w" : "W", i * 37, i * 1000);
        if (strlen(buf) + strlen(word) + 2 < sizeof buf) {
            strcat(buf, word);
            strcat(buf, " ");
        }
    }
    h = mix(h, strlen(buf));
    h = mix(h, crc32((const uint8_t *)buf, strlen(buf)));
    const char *p = strstr(buf, "W222");
    h = mix(h, p ? (uint64_t)(p - buf) : 999);
    p = strchr(buf, '-');
    h = mix(h, p ? (uint64_t)(p - buf) : 999);
    p = strrchr(buf, 'w');
    h = mix(h, p ? (uint64_t)(p - buf) : 999);
    char copy[256];
    strcpy(copy, buf);
    copy[10] = 'Z';
    h = mix(h, (uint64_t)(strcmp(copy, buf) > 0) * 2 + (memcmp(copy, buf, 10) == 0));
    memmove(copy + 3, copy, 50);
    memset(copy + 60, '#', 17);
    h = mix(h, crc32((const uint8_t *)copy, 120));
    h = mix(h, (uint64_t)strtol("-12345", NULL, 10) ^ strtoul("0x7fff", NULL, 16));
    return h;
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        uint32_t (*fn)(void);
    } parts[] = {
        {"lists", part_lists},       {"matrix", part_matrix}, {"state", part_state_machine},
        {"crc32", part_crc},         {"math", part_math},     {"int128", part_int128},
        {"qsort", part_qsort},       {"strings", part_strings},
    };
    uint32_t total = 0;
    int quiet = argc > 1 && !strcmp(argv[1], "--header");
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        uint32_t h = parts[i].fn();
        total = mix(total, h);
        if (!quiet)
            printf("workload %-8s %08x\n", parts[i].name, (unsigned)h);
    }
    if (quiet) {
        printf("#define WORKLOAD_EXPECTED 0x%08xu\n", (unsigned)total);
        return 0;
    }
    printf("workload total    %08x\n", (unsigned)total);
#ifdef WORKLOAD_EXPECTED
    if (total != WORKLOAD_EXPECTED) {
        printf("workload: FAIL, the host computed %08x\n", (unsigned)WORKLOAD_EXPECTED);
        return 1;
    }
#endif
    printf("workload: PASS\n");
    return 0;
}
