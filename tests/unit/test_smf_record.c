/* SMF records: the standard header, packed dates, EBCDIC, the self-defining section, the
 * 32,756-byte limit and the layouts of types 80, 200, 201.  Expected bytes are worked out by
 * hand from the z/OS SMF manual's header layout (and Python's cp037 codec for EBCDIC). */
#include <string.h>

#include "harness.h"
#include "host_services/smf_reader.h"
#include "host_services/smf_record.h"
#include "host_services/smf_types.h"

static const uint8_t *at(const struct smf_builder *b, size_t off)
{
    return b->buf + off;
}

static void expect_bytes(const uint8_t *p, const char *hex)
{
    for (size_t i = 0; hex[2 * i]; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        ck_assert_msg(p[i] == v, "byte %zu: %02X, expected %02X (%s)", i, p[i], v, hex);
    }
}

START_TEST(packed_dates)
{
    uint32_t d;
    /* 2026-12-01: 31+28+31+30+31+30+31+31+30+31+30 = 334 days before December -> day 335 */
    ck_assert(smf_pack_date(2026, 335, &d));
    ck_assert_uint_eq(d, 0x0126335F);
    ck_assert(smf_pack_date(2024, 366, &d)); /* leap year */
    ck_assert_uint_eq(d, 0x0124366F);
    ck_assert(smf_pack_date(1999, 1, &d));   /* c = 0: 19yy */
    ck_assert_uint_eq(d, 0x0099001F);
    ck_assert(smf_pack_date(2100, 60, &d));  /* c = 2 */
    ck_assert_uint_eq(d, 0x0200060F);
    ck_assert(!smf_pack_date(2026, 366, &d)); /* 2026 is no leap year */
    ck_assert(!smf_pack_date(2026, 0, &d));
    ck_assert(!smf_pack_date(1899, 1, &d));

    int y, yd, m, md;
    ck_assert(smf_unpack_date(0x0126335F, &y, &yd));
    ck_assert_int_eq(y, 2026);
    ck_assert_int_eq(yd, 335);
    smf_yday_to_mday(y, yd, &m, &md);
    ck_assert_int_eq(m, 12);
    ck_assert_int_eq(md, 1);
    smf_yday_to_mday(2024, 60, &m, &md); /* leap: day 60 is Feb 29 */
    ck_assert_int_eq(m, 2);
    ck_assert_int_eq(md, 29);
    ck_assert(!smf_unpack_date(0x0126335C, &y, &yd)); /* sign C is not F */
    ck_assert(!smf_unpack_date(0x012A335F, &y, &yd)); /* not a digit */
    ck_assert(!smf_unpack_date(0x0126000F, &y, &yd)); /* day 0 */
    ck_assert(!smf_unpack_date(0x1126335F, &y, &yd)); /* first digit not 0 */
}
END_TEST

START_TEST(stamp_of_a_known_time)
{
    /* 2026-12-01 13:45:07.89 UTC is 1796132707 s after the epoch (Python's datetime);
     * 13:45:07.89 = (13*3600 + 45*60 + 7) * 100 + 89 = 4950789 hundredths = 0x004B8B05 */
    struct smf_stamp s = smf_stamp_from_time(1796132707, 890000000);
    ck_assert_uint_eq(s.hundredths, 4950789);
    ck_assert_uint_eq(s.hundredths, 0x004B8B05);
    ck_assert_uint_eq(s.date, 0x0126335F);
    s = smf_stamp_from_time(1796132707 - 49507, 0); /* midnight */
    ck_assert_uint_eq(s.hundredths, 0);
}
END_TEST

START_TEST(ebcdic_fields)
{
    uint8_t f[8];
    smf_put_ebcdic(f, 8, "ZSIE");
    expect_bytes(f, "E9E2C9C540404040");
    smf_put_ebcdic(f, 3, "a1.xyz"); /* cut at the field length */
    expect_bytes(f, "81F14B");
    smf_put_ebcdic(f, 2, "\xE9\xA2"); /* Latin-1 e-acute, cent sign */
    expect_bytes(f, "514A");
    char s[9];
    static const uint8_t alice[8] = {0xC1, 0xD3, 0xC9, 0xC3, 0xC5, 0x40, 0x40, 0x40};
    smf_get_ebcdic(s, alice, 8);
    ck_assert_str_eq(s, "ALICE");
    static const uint8_t zeros[4] = {0};
    smf_get_ebcdic(s, zeros, 4);
    ck_assert_str_eq(s, "");
}
END_TEST

static const struct smf_stamp when = {4950789, 0x0126335F};

START_TEST(header_and_triplets)
{
    static struct smf_builder b;
    smf_build_begin(&b, 200, 2, &when, "SYSA", "ZSIE", 2);
    ck_assert_uint_eq(b.len, 44); /* 24 header + 4 count + 2 triplets of 8 */
    uint8_t data[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    ck_assert_ptr_nonnull(smf_build_section(&b, 1, data, 5, 2)); /* two entries of 5 */
    ck_assert_ptr_nonnull(smf_build_section(&b, 0, NULL, 0, 0)); /* absent */
    int len = smf_build_end(&b);
    ck_assert_int_eq(len, 54);
    expect_bytes(at(&b, 0), "00360000"     /* SMFxLEN 54, SMFxSEG 0 */
                            "C0"           /* new format + subtypes */
                            "C8"           /* type 200 */
                            "004B8B05"     /* 13:45:07.89 */
                            "0126335F"     /* 2026.335 */
                            "E2E8E2C1"     /* SYSA */
                            "E9E2C9C5"     /* ZSIE */
                            "0002"         /* subtype 2 */
                            "00020000"     /* 2 triplets */
                            "00000000" "0000" "0000"   /* triplet 0: absent */
                            "0000002C" "0005" "0002"   /* triplet 1: offset 44, 5 bytes x 2 */
                            "0102030405060708090A");
    uint32_t off;
    uint16_t el, num;
    ck_assert(smf_triplet_get(b.buf, (size_t)len, 1, &off, &el, &num));
    ck_assert_uint_eq(off, 44);
    ck_assert(!smf_triplet_get(b.buf, (size_t)len, 2, &off, &el, &num)); /* only 2 triplets */
    ck_assert(!smf_triplet_get(b.buf, (size_t)len - 1, 1, &off, &el, &num)); /* section past the end */

    smf_build_begin(&b, 200, 1, &when, "SYSA", "ZSIE", 1);
    ck_assert_ptr_null(smf_build_section(&b, 1, data, 1, 1)); /* no triplet 1 */
    ck_assert_int_eq(smf_build_end(&b), SMF_EARG);
}
END_TEST

START_TEST(record_size_limit)
{
    static struct smf_builder b;
    smf_build_begin(&b, 255, 1, &when, "SYSA", "ZSIE", 1);
    ck_assert_ptr_nonnull(smf_build_section(&b, 0, NULL, 32756 - 36, 1)); /* exactly 32,756 */
    ck_assert_int_eq(smf_build_end(&b), 32756);
    ck_assert_uint_eq(smf_get16(b.buf), 32756);

    smf_build_begin(&b, 255, 1, &when, "SYSA", "ZSIE", 1);
    ck_assert_ptr_null(smf_build_section(&b, 0, NULL, 32756 - 35, 1)); /* one byte more */
    ck_assert_ptr_null(smf_build_append(&b, NULL, 1)); /* the error is sticky */
    ck_assert_int_eq(smf_build_end(&b), SMF_ETOOBIG);

    smf_build_begin(&b, 255, 1, &when, "SYSA", "ZSIE", 1);
    ck_assert_ptr_null(smf_build_section(&b, 0, NULL, 12, 3000)); /* 36,000 bytes of entries */
    ck_assert_int_eq(smf_build_end(&b), SMF_ETOOBIG);

    /* accounting with more GHAPI functions than a record holds */
    static struct smf_count many[3000];
    for (unsigned i = 0; i < 3000; i++)
        many[i] = (struct smf_count){(uint16_t)i, 1};
    struct smf_vm_accounting a = {.userid = "LINUX1", .ghapi_calls = many, .n_ghapi_calls = 3000};
    ck_assert_int_eq(smf_build_vm_accounting(&b, &when, "SYSA", &a), SMF_ETOOBIG);
    a.n_ghapi_calls = (32756 - 52 - 64) / 12; /* as many as fit: 2720 */
    ck_assert_int_eq(smf_build_vm_accounting(&b, &when, "SYSA", &a), 32756);
}
END_TEST

START_TEST(type80_layout)
{
    static struct smf_builder b;
    int len = smf_build_racf_access(&b, &when, "SYSA", SMF80_EVQ_INSUFFICIENT, "ALICE", "PAYROLL", "FACILITY",
                                    "GHAPI.LOG", SMF_ACC_UPDATE, SMF_ACC_READ, "GHAPI.*", true);
    /* fixed part 98, then: resource 2+9, class 2+8, profile 2+1+7, intent 3, allowed 3 */
    ck_assert_int_eq(len, 98 + 11 + 10 + 10 + 3 + 3);
    expect_bytes(at(&b, 0), "00870000" "00" "50" "004B8B05" "0126335F" "E2E8E2C1");
    expect_bytes(at(&b, 18), "8000"    /* SMF80DES: violation */
                             "02" "01" /* event 2, qualifier 1 */
                             "C1D3C9C3C5404040"  /* ALICE */
                             "D7C1E8D9D6D3D340"  /* PAYROLL */
                             "005E"    /* SMF80REL: 98 - 4 = 94, counted from SMF80FLG */
                             "0005"    /* five relocate sections */
                             "80");    /* SMF80ATH: normal authority check */
    expect_bytes(at(&b, 98), "0109" "C7C8C1D7C94BD3D6C7"            /* 1: GHAPI.LOG */
                             "1108" "C6C1C3C9D3C9E3E8"              /* 17: FACILITY */
                             "2108" "80" "C7C8C1D7C94B5C"           /* 33: generic GHAPI.* */
                             "030120"                               /* 3: UPDATE requested */
                             "040110");                             /* 4: READ allowed */
    struct smf_decoded d;
    const char *why = NULL;
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), 0);
    ck_assert_uint_eq(d.type, 80);
    ck_assert(!d.has_subtype);
    ck_assert_str_eq(d.u.r80.user, "ALICE");
    ck_assert_str_eq(d.u.r80.resource, "GHAPI.LOG");
    ck_assert_str_eq(d.u.r80.profile, "GHAPI.*");
    ck_assert_str_eq(d.u.r80.class_name, "FACILITY");
    ck_assert_int_eq(d.u.r80.intent, SMF_ACC_UPDATE);
    ck_assert_int_eq(d.u.r80.allowed, SMF_ACC_READ);

    /* warning; no profile; the longest names */
    char res[256];
    memset(res, 'R', 255);
    res[255] = 0;
    len = smf_build_racf_access(&b, &when, "SYSA", SMF80_EVQ_WARNING, "BOB", "SYS1", "DATASET", res,
                                SMF_ACC_READ, SMF_ACC_READ, NULL, false);
    ck_assert_int_eq(len, 98 + 257 + 10 + 3 + 3);
    expect_bytes(at(&b, 18), "1000" "0203");
    ck_assert_uint_eq(smf_get16(at(&b, 40)), 4);
    char res2[257];
    memset(res2, 'R', 256);
    res2[256] = 0;
    ck_assert_int_eq(smf_build_racf_access(&b, &when, "SYSA", 0, "BOB", "SYS1", "DATASET", res2, SMF_ACC_READ,
                                           SMF_ACC_READ, NULL, false), SMF_EARG);
    ck_assert_int_eq(smf_build_racf_access(&b, &when, "SYSA", 0, "TOOLONGID", "SYS1", "DATASET", "X",
                                           SMF_ACC_READ, SMF_ACC_READ, NULL, false), SMF_EARG);
}
END_TEST

START_TEST(type200_layout)
{
    static struct smf_builder b;
    const uint8_t data[3] = {0xC8, 0xC9, 0x5A};
    struct smf_app_event ev = {"ALICE", "LINUX01", "PAYROLL", "1.2", 0xD9F1234500000000ULL, 0, 17, data, 3};
    int len = smf_build_app_event(&b, &when, "SYSA", SMF200_EVENT, &ev);
    ck_assert_int_eq(len, 44 + 64 + 3);
    expect_bytes(at(&b, 4), "C0C8");
    expect_bytes(at(&b, 18), "E9E2C9C5" "0001" "00020000" "0000002C00400001" "0000006C00030001");
    expect_bytes(at(&b, 44), "C1D3C9C3C5404040" "D3C9D5E4E7F0F140"
                             "D7C1E8D9D6D3D3404040404040404040" "F14BF24040404040"
                             "D9F1234500000000" "0000000000000000" "00000011" "00000000" "C8C95A");
    ev.data_len = SMF200_DATA_MAX + 1;
    ck_assert_int_eq(smf_build_app_event(&b, &when, "SYSA", SMF200_EVENT, &ev), SMF_EARG);
    ev.data = NULL;
    ev.data_len = 0;
    len = smf_build_app_event(&b, &when, "SYSA", SMF200_STOP, &ev);
    ck_assert_int_eq(len, 44 + 64);
    expect_bytes(at(&b, 36), "0000000000000000"); /* no data: triplet absent */
    ck_assert_int_eq(smf_build_app_event(&b, &when, "SYSA", 5, &ev), SMF_EARG); /* 1-4 are the subtypes */
}
END_TEST

START_TEST(type201_layout)
{
    static struct smf_builder b;
    const struct smf_count exits[3] = {{0x04, 10}, {0x08, 0}, {0x28, 5}};
    const struct smf_count calls[1] = {{1, 7}};
    struct smf_vm_accounting a = {"LINUX01", 0x1000, 0x2000, 1500000, 250000, 123456789,
                                  exits, 3, calls, 1};
    int len = smf_build_vm_accounting(&b, &when, "SYSA", &a);
    ck_assert_int_eq(len, 52 + 64 + 2 * 12 + 12); /* 3 triplets: 24+4+24 = 52 */
    expect_bytes(at(&b, 22), "0001" "00030000" "0000003400400001" "00000074000C0002" "0000008C000C0001");
    expect_bytes(at(&b, 52), "D3C9D5E4E7F0F140" "0000000000001000" "0000000000002000" "000000000016E360"
                             "000000000003D090" "00000000075BCD15" "000000000000000F" "0000000000000007");
    expect_bytes(at(&b, 116), "00040000000000000000000A" "00280000" "0000000000000005" "00010000" "0000000000000007");
    struct smf_decoded d;
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, NULL), 0);
    ck_assert_uint_eq(d.u.t201.n_sie, 2);
    ck_assert_uint_eq(d.u.t201.exits, 15);
    ck_assert_uint_eq(d.u.t201.insns, 123456789);
    ck_assert_str_eq(d.u.t201.user, "LINUX01");
}
END_TEST

START_TEST(decoder_rejects_bad_sections)
{
    static struct smf_builder b;
    struct smf_app_event ev = {"A", "B", "C", "D", 1, 2, 3, "xyz", 3};
    int len = smf_build_app_event(&b, &when, "SYSA", SMF200_EVENT, &ev);
    struct smf_decoded d;
    const char *why = NULL;
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), 0);
    smf_put32(b.buf + 28, 30000); /* identification section far outside */
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), -1);
    ck_assert_ptr_nonnull(why);
    smf_put32(b.buf + 28, 44);
    smf_put16(b.buf + 24, 60000); /* more triplets than the record holds */
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), -1);
    /* a type 80 record whose relocate count runs past the end */
    len = smf_build_racf_access(&b, &when, "S", 0, "U", "G", "C", "R", SMF_ACC_READ, SMF_ACC_READ, "P", false);
    smf_put16(b.buf + 40, 9);
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), -1);
    /* someone else's type 200 (another subsystem id) is left undecoded, not bad */
    len = smf_build_app_event(&b, &when, "SYSA", SMF200_EVENT, &ev);
    smf_put_ebcdic(b.buf + 18, 4, "JES2");
    smf_put32(b.buf + 28, 30000);
    ck_assert_int_eq(smf_decode(b.buf, (size_t)len, &d, &why), 0);
    ck_assert_ptr_null(smf_decoded_user(&d));
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("smf_record");
    TCase *tc = tcase_create("smf_record");
    tcase_add_test(tc, packed_dates);
    tcase_add_test(tc, stamp_of_a_known_time);
    tcase_add_test(tc, ebcdic_fields);
    tcase_add_test(tc, header_and_triplets);
    tcase_add_test(tc, record_size_limit);
    tcase_add_test(tc, type80_layout);
    tcase_add_test(tc, type200_layout);
    tcase_add_test(tc, type201_layout);
    tcase_add_test(tc, decoder_rejects_bad_sections);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
