/* fuzz_stream.c - libFuzzer harness over the stream readers (JSON Lines,
 * WARC/WET, gzip) and the normalization of what they hand out.
 *
 * The first byte chooses the reader (bits 0-1: auto, one article, JSON
 * Lines, WARC), the record limit (bit 2: 4 KiB, else 1 MiB) and the
 * --dedup-distance (bits 3-5, xor 3: the default for a seed); the rest
 * is the stream, read through a memory file.  Every record is normalized
 * (nn_normalize_frame), checked against the input's earlier records for
 * near duplicates (nn_dedup_record: the sketch of its body, the index's
 * buckets), and rendered as JSON Lines and as an error record;
 * the JSON must hold no raw control character.  The reader must end
 * (NN_READ_END after NN_READ_FAIL), whatever the bytes.
 *
 *   make fuzz-stream                    build and run (FUZZ_SECONDS)
 *   build-fuzz/fuzz_stream FILE         replay one input
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "newsnorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nn_normalizer *nz;

static void check_json(const nn_buf *b)
{
    size_t i;
    for (i = 0; i < b->len; i++)
        if ((unsigned char)b->ptr[i] < 0x20 && b->ptr[i] != '\n')
            abort(); /* a raw control character in JSON */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const nn_stream_kind kinds[] = {NN_STREAM_AUTO, NN_STREAM_ONE,
                                           NN_STREAM_JSONL, NN_STREAM_WARC};
    nn_stream_options so = NN_STREAM_OPTIONS_INIT;
    nn_reader *r;
    nn_frame f;
    nn_dedup *dd;
    int fd, rc, n = 0, failed = 0;

    if (size < 1)
        return 0;
    if (!nz) {
        nn_options o = NN_OPTIONS_INIT;
        o.max_size = 1 << 20;
        if (!(nz = nn_normalizer_new(&o, NULL, 0)))
            abort();
    }
    so.kind = kinds[data[0] & 3];
    so.max_size = data[0] & 4 ? 4096 : 1 << 20;
    if ((fd = memfd_create("fuzz", 0)) < 0)
        abort();
    if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1))
        abort();
    lseek(fd, 0, SEEK_SET);
    r = nn_reader_new(fd, "fuzz", &so);
    dd = nn_dedup_new((data[0] >> 3 & 7) ^ 3); /* the seeds: 3 */
    nn_frame_init(&f);
    while ((rc = nn_reader_next(r, &f)) != NN_READ_END) {
        nn_buf out = NN_BUF_INIT;
        if (failed || ++n > 100000)
            abort(); /* records after a failure, or no end */
        if (rc == NN_READ_FAIL)
            failed = 1;
        if (rc == NN_READ_RECORD) {
            nn_record *rec;
            char err[256];
            if (nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err) ==
                NN_OK) {
                nn_dedup_record(dd, rec);
                nn_record_render(rec, NN_FORMAT_JSONL, NN_OPT_DEDUP, &out);
                nn_record_free(rec);
            } else {
                nn_stream_error(NN_FORMAT_JSONL, NULL, f.input.ptr, err, 2,
                                &out);
            }
        } else {
            nn_stream_error(NN_FORMAT_JSONL, NULL, f.input.ptr,
                            nn_reader_error(r), 2, &out);
        }
        check_json(&out);
        nn_buf_free(&out);
    }
    nn_frame_free(&f);
    nn_reader_free(r);
    nn_dedup_free(dd);
    close(fd);
    return 0;
}
