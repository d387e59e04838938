/* main.c - the newsnorm command: options, operands, exit status.
 * Everything else is the library (include/newsnorm.h) and batch.c. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "Usage: newsnorm [OPTION]... [FILE|DIR]...\n"
    "Normalize raw scraped news articles (The Moscow Times, MENAFN and other\n"
    "outlets) into clean records: title, date, source, body and more.\n"
    "With no FILE, or when FILE is -, read one article from standard input.\n"
    "\n"
    "  -r, --recursive        walk directories (sorted; files matching --glob)\n"
    "      --glob PATTERN     file names to take in directories (default *.txt,\n"
    "                         *.html and *.htm)\n"
    "  -o, --output PATH      write to PATH: a file, or with several inputs or a\n"
    "                         directory, a directory mirroring the inputs\n"
    "  -f, --format FMT       jsonl (default), json, xml, text, markdown\n"
    "      --pretty           the same as -f json\n"
    "  -j, --jobs N           normalize N files at once (default: CPUs online);\n"
    "                         the output is the same for every N\n"
    "      --profile NAME     auto (default: detected), or one of the profiles:\n"
    "                         %s\n"
    "                         (text: newsnorm's own text output, read back)\n"
    "      --rules FILE       read more profiles from FILE (newsnorm-rules(5));\n"
    "                         repeatable; they are tried before the built-in\n"
    "                         ones and replace those of their names\n"
    "      --list-profiles    list the profiles (name, origin) and exit\n"
    "      --dump-profile NAME  print a profile in the file format and exit\n"
    "      --input-format FMT auto (default: HTML when it looks like HTML),\n"
    "                         html, text; or jsonl or warc: every input is a\n"
    "                         stream of articles (else by name: .jsonl,\n"
    "                         .ndjson, .warc, .wet, also .gz; and by content)\n"
    "      --text-key KEY     JSON Lines: the member holding the article's\n"
    "                         text (default text); --html-key KEY (html: the\n"
    "                         page, read first), --id-key KEY (id),\n"
    "                         --url-key KEY (url), --date-key KEY (date)\n"
    "      --error-records    write a record {id, input, error} for each\n"
    "                         input or stream record that fails (jsonl,\n"
    "                         json, xml)\n"
    "      --dedup[=mark|drop] mark each record whose body repeats an\n"
    "                         earlier one (simhash, or a shared paragraph\n"
    "                         and half the shingles) with duplicate_of, or\n"
    "                         leave it out\n"
    "      --dedup-distance N near duplicates: simhash bits that differ, at\n"
    "                         most N (0-7, default 3; 0: equal only)\n"
    "      --line-buffered    write each record out as soon as it is done\n"
    "      --explain          list every removed line with its rule\n"
    "      --ascii            fold quotes, dashes and ellipses to ASCII\n"
    "      --strict           invalid UTF-8 is an error, not a warning\n"
    "      --max-size SIZE    largest article, JSON line or WARC record\n"
    "                         accepted (default 64M; K, M, G)\n"
    "      --check EXPECTED   compare with expected output (a file, or a\n"
    "                         directory mirroring the inputs); print diffs\n"
    "      --update           with --check: rewrite the expected files\n"
    "  -q, --quiet            no progress display\n"
    "      --progress         show progress on stderr (default: when stderr is\n"
    "                         a terminal and there are many inputs)\n"
    "      --no-progress      never show progress\n"
    "      --stats            print a summary on stderr at the end\n"
    "  -h, --help             show this help and exit\n"
    "      --version          show the version and exit\n"
    "\n"
    "Exit status: 0 all inputs normalized (warnings allowed); 1 an input\n"
    "failed or --check found a difference; 2 usage error.\n"
    "Examples:\n"
    "  newsnorm < raw.txt | jq .title\n"
    "  newsnorm -r scrapes/ -o clean/\n"
    "  newsnorm -f json --check samples/ samples/*.txt\n"
    "  newsnorm --dedup=drop crawl.warc.gz > pages.jsonl\n"
    "  tail -f crawl.jsonl | newsnorm --input-format jsonl --line-buffered -\n";

enum {
    OPT_GLOB = 256,
    OPT_PRETTY,
    OPT_PROFILE,
    OPT_EXPLAIN,
    OPT_ASCII,
    OPT_STRICT,
    OPT_MAX_SIZE,
    OPT_CHECK,
    OPT_UPDATE,
    OPT_PROGRESS,
    OPT_NO_PROGRESS,
    OPT_STATS,
    OPT_VERSION,
    OPT_INPUT_FORMAT,
    OPT_TEXT_KEY,
    OPT_HTML_KEY,
    OPT_ID_KEY,
    OPT_URL_KEY,
    OPT_DATE_KEY,
    OPT_ERROR_RECORDS,
    OPT_DEDUP,
    OPT_DEDUP_DISTANCE,
    OPT_LINE_BUFFERED,
    OPT_RULES,
    OPT_LIST_PROFILES,
    OPT_DUMP_PROFILE,
};

static const struct option longopts[] = {
    {"recursive", no_argument, NULL, 'r'},
    {"glob", required_argument, NULL, OPT_GLOB},
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'f'},
    {"pretty", no_argument, NULL, OPT_PRETTY},
    {"jobs", required_argument, NULL, 'j'},
    {"profile", required_argument, NULL, OPT_PROFILE},
    {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"ascii", no_argument, NULL, OPT_ASCII},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"max-size", required_argument, NULL, OPT_MAX_SIZE},
    {"check", required_argument, NULL, OPT_CHECK},
    {"update", no_argument, NULL, OPT_UPDATE},
    {"quiet", no_argument, NULL, 'q'},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
    {"stats", no_argument, NULL, OPT_STATS},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {"text-key", required_argument, NULL, OPT_TEXT_KEY},
    {"html-key", required_argument, NULL, OPT_HTML_KEY},
    {"id-key", required_argument, NULL, OPT_ID_KEY},
    {"url-key", required_argument, NULL, OPT_URL_KEY},
    {"date-key", required_argument, NULL, OPT_DATE_KEY},
    {"error-records", no_argument, NULL, OPT_ERROR_RECORDS},
    {"dedup", optional_argument, NULL, OPT_DEDUP},
    {"dedup-distance", required_argument, NULL, OPT_DEDUP_DISTANCE},
    {"line-buffered", no_argument, NULL, OPT_LINE_BUFFERED},
    {"rules", required_argument, NULL, OPT_RULES},
    {"list-profiles", no_argument, NULL, OPT_LIST_PROFILES},
    {"dump-profile", required_argument, NULL, OPT_DUMP_PROFILE},
    {NULL, 0, NULL, 0},
};

static int usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("newsnorm: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'newsnorm --help' for more information.\n", stderr);
    return NN_EXIT_USAGE;
}

/* "64M", "512K", "1G", "1000": bytes; -1 when malformed. */
static long long parse_size(const char *s)
{
    char *end;
    long long v;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno || end == s || v <= 0)
        return -1;
    switch (*end) {
    case 'k':
    case 'K':
        v <<= 10;
        end++;
        break;
    case 'm':
    case 'M':
        v <<= 20;
        end++;
        break;
    case 'g':
    case 'G':
        v <<= 30;
        end++;
        break;
    }
    return *end ? -1 : v;
}

static char out_buf[1 << 16]; /* stdout's buffer: see main */

/* The profiles' names, "a, b, c", from the list itself. */
static void profile_names(const nn_profiles *ps, nn_buf *out)
{
    size_t i;
    for (i = 0; i < nn_profiles_count(ps); i++) {
        if (i)
            nn_buf_puts(out, ", ");
        nn_buf_puts(out, nn_profiles_name(ps, i));
    }
}

/* --help: the built-in profiles named from their list. */
static void usage(void)
{
    const char *const *p;
    nn_buf names = NN_BUF_INIT;
    for (p = nn_profile_names(); *p; p++) {
        if (p != nn_profile_names())
            nn_buf_puts(&names, ", ");
        nn_buf_puts(&names, *p);
    }
    printf(usage_text, names.ptr);
    nn_buf_free(&names);
}

/* --rules FILE, in the order given; read once the options are known. */
#define MAX_RULES_FILES 64
static const char *rules_files[MAX_RULES_FILES];
static size_t nrules_files;

/* The files' profiles join the list, before any input is read. */
static int load_rules(nn_profiles *ps)
{
    char err[512];
    size_t i;
    for (i = 0; i < nrules_files; i++)
        if (nn_profiles_load(ps, rules_files[i], err, sizeof err) < 0) {
            cli_error(NULL, "%s", err);
            return -1;
        }
    return 0;
}

/* --list-profiles: "NAME<TAB>ORIGIN" a line, in detection order. */
static void list_profiles(const nn_profiles *ps)
{
    size_t i;
    for (i = 0; i < nn_profiles_count(ps); i++) {
        const char *origin = nn_profiles_origin(ps, i);
        printf("%s\t%s\n", nn_profiles_name(ps, i),
               origin ? origin : "built-in");
    }
}

/* --profile, --dump-profile: a name the list holds. */
static int check_profile(const nn_profiles *ps, const char *opt,
                         const char *name, int auto_ok)
{
    nn_buf names = NN_BUF_INIT;
    size_t i;
    if (auto_ok && !strcmp(name, "auto"))
        return 0;
    for (i = 0; i < nn_profiles_count(ps); i++)
        if (!strcmp(nn_profiles_name(ps, i), name))
            return 0;
    profile_names(ps, &names);
    usage_error("%s: unknown profile '%s' (%s%s)", opt, name,
                auto_ok ? "auto, " : "", names.ptr);
    nn_buf_free(&names);
    return -1;
}

/* After the options: the profiles (in *ps when files add to them), and
 * the options that only print.  1: done, 0: go on, -1: usage error. */
static int profile_options(cli_opts *o, nn_profiles **ps, int list,
                           const char *dump)
{
    nn_profiles *use = nn_profiles_new();
    int rc = -1;
    if (load_rules(use) < 0)
        goto out;
    if (o->nopt.profile &&
        check_profile(use, "--profile", o->nopt.profile, 1) < 0)
        goto out;
    if (dump && check_profile(use, "--dump-profile", dump, 0) < 0)
        goto out;
    if (list)
        list_profiles(use);
    if (dump) {
        nn_buf b = NN_BUF_INIT;
        nn_profiles_dump(use, dump, &b);
        fwrite(b.ptr, 1, b.len, stdout);
        nn_buf_free(&b);
    }
    rc = list || dump ? 1 : 0;
    if (rc == 0 && nrules_files) {
        *ps = use; /* the normalizers' list: freed after them */
        o->nopt.profiles = use;
        return 0;
    }
out:
    nn_profiles_free(use);
    return rc;
}

/* Flush stdout and report a failed write (a full disk, a closed pipe). */
static int close_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        cli_error(NULL, "write error: %s", strerror(errno ? errno : EIO));
        return 1;
    }
    return 0;
}

/* A whole decimal number from lo to hi into *n: -1, or the exit status
 * of another (what: the option's name in the message). */
static int number(const char *s, long lo, long hi, const char *what, long *n)
{
    char *end;
    *n = strtol(s, &end, 10);
    if (*end || end == s || *n < lo || *n > hi)
        return usage_error("invalid %s '%s' (%ld to %ld)", what, s, lo, hi);
    return -1;
}

/* What an option parser returns when the option is another's. */
#define NOT_MINE (-2)

/* --input-format NAME: -1, or the exit status of a bad name. */
static int input_format(cli_opts *o, const char *arg)
{
    if (!strcmp(arg, "jsonl") || !strcmp(arg, "ndjson")) {
        o->sopt.kind = NN_STREAM_JSONL;
        return -1;
    }
    if (!strcmp(arg, "warc") || !strcmp(arg, "wet")) {
        o->sopt.kind = NN_STREAM_WARC;
        return -1;
    }
    if (strcmp(arg, "auto") && strcmp(arg, "html") && strcmp(arg, "text"))
        return usage_error("unknown input format '%s' (auto, html, "
                           "text, jsonl, warc)",
                           arg);
    o->nopt.input_format = arg;
    return -1;
}

/* An option about what is read and how (profiles, input formats, stream
 * keys, limits, duplicates) into o, *dump, *list: -1 to go on, NOT_MINE,
 * or an exit status. */
static int input_option(cli_opts *o, int c, const char *arg, const char **dump,
                        int *list)
{
    long n;
    int st;
    long long size;
    switch (c) {
    case OPT_RULES:
        if (nrules_files == MAX_RULES_FILES)
            return usage_error("more than %d --rules", MAX_RULES_FILES);
        rules_files[nrules_files++] = arg;
        return -1;
    case OPT_LIST_PROFILES:
        *list = 1;
        return -1;
    case OPT_DUMP_PROFILE:
        *dump = arg;
        return -1;
    case OPT_INPUT_FORMAT:
        return input_format(o, arg);
    case OPT_DEDUP:
        if (!optarg || !strcmp(arg, "mark"))
            o->dedup = 1;
        else if (!strcmp(arg, "drop"))
            o->dedup = 2;
        else
            return usage_error("invalid --dedup '%s' (mark, drop)", arg);
        return -1;
    case OPT_DEDUP_DISTANCE:
        if ((st = number(arg, 0, 7, "--dedup-distance", &n)) == -1)
            o->dedup_distance = (unsigned)n;
        return st;
    case OPT_ASCII:
        o->nopt.flags |= NN_OPT_ASCII;
        return -1;
    case OPT_STRICT:
        o->nopt.flags |= NN_OPT_STRICT;
        return -1;
    case OPT_MAX_SIZE:
        if ((size = parse_size(arg)) < 0)
            return usage_error("invalid size '%s'", arg);
        o->nopt.max_size = (size_t)size;
        return -1;
    default:
        return NOT_MINE;
    }
}

/* An option about what is written and how (format, -o, --check, the
 * walk, jobs, progress, --help): -1 to go on, NOT_MINE, or an exit
 * status. */
static int output_option(cli_opts *o, int c, const char *arg)
{
    long n;
    int st;
    switch (c) {
    case 'f':
        if (nn_format_parse(arg, &o->fmt) != 0)
            return usage_error("unknown format '%s' (jsonl, json, xml, "
                               "text, markdown)",
                               arg);
        return -1;
    case OPT_PRETTY:
        o->fmt = NN_FORMAT_JSON;
        return -1;
    case 'j':
        if ((st = number(arg, 1, 256, "job count", &n)) == -1)
            o->jobs = (int)n;
        return st;
    case 'h':
        usage();
        return close_stdout() ? NN_EXIT_FAIL : NN_EXIT_OK;
    case OPT_VERSION:
        puts("newsnorm " NN_VERSION);
        return close_stdout() ? NN_EXIT_FAIL : NN_EXIT_OK;
    default:
        return NOT_MINE;
    }
}

/* The options that only store their value (a string option) or a number
 * (a flag) in a field of cli_opts (--profile is checked later). */
static const struct {
    size_t field; /* offsetof(cli_opts, ...) */
    int opt;
    int value; /* a flag's; -1: the option's value, a string */
} plain_opts[] = {
    {offsetof(cli_opts, nopt.profile), OPT_PROFILE, -1},
    {offsetof(cli_opts, sopt.text_key), OPT_TEXT_KEY, -1},
    {offsetof(cli_opts, sopt.html_key), OPT_HTML_KEY, -1},
    {offsetof(cli_opts, sopt.id_key), OPT_ID_KEY, -1},
    {offsetof(cli_opts, sopt.url_key), OPT_URL_KEY, -1},
    {offsetof(cli_opts, sopt.date_key), OPT_DATE_KEY, -1},
    {offsetof(cli_opts, glob), OPT_GLOB, -1},
    {offsetof(cli_opts, output), 'o', -1},
    {offsetof(cli_opts, check), OPT_CHECK, -1},
    {offsetof(cli_opts, error_records), OPT_ERROR_RECORDS, 1},
    {offsetof(cli_opts, line_buffered), OPT_LINE_BUFFERED, 1},
    {offsetof(cli_opts, recursive), 'r', 1},
    {offsetof(cli_opts, explain), OPT_EXPLAIN, 1},
    {offsetof(cli_opts, update), OPT_UPDATE, 1},
    {offsetof(cli_opts, quiet), 'q', 1},
    {offsetof(cli_opts, progress), OPT_PROGRESS, 1},
    {offsetof(cli_opts, progress), OPT_NO_PROGRESS, 0},
    {offsetof(cli_opts, stats), OPT_STATS, 1},
};

/* A plain option (plain_opts) into o: -1, or NOT_MINE. */
static int plain_option(cli_opts *o, int c, const char *arg)
{
    size_t i;
    for (i = 0; i < sizeof plain_opts / sizeof plain_opts[0]; i++) {
        char *field = (char *)o + plain_opts[i].field;
        if (plain_opts[i].opt != c)
            continue;
        if (plain_opts[i].value < 0)
            *(const char **)field = arg;
        else
            *(int *)field = plain_opts[i].value;
        return -1;
    }
    return NOT_MINE;
}

/* One option of the command line into o (and *dump, *list): -1 to go on,
 * else the exit status (--help, --version, a bad value). */
static int parse_option(cli_opts *o, int c, const char **dump, int *list)
{
    const char *arg = optarg ? optarg : ""; /* (getopt sets it where an
                                               option takes a value) */
    int rc = plain_option(o, c, arg);
    if (rc == NOT_MINE)
        rc = input_option(o, c, arg, dump, list);
    if (rc == NOT_MINE)
        rc = output_option(o, c, arg);
    if (rc == NOT_MINE) {
        fputs("Try 'newsnorm --help' for more information.\n", stderr);
        return NN_EXIT_USAGE;
    }
    return rc;
}

/* What follows from the options as a whole: 0, or an exit status. */
static int settle_options(cli_opts *o)
{
    if (o->update && !o->check)
        return usage_error("%s", "--update needs --check");
    if (o->check && o->output)
        return usage_error("%s", "--check and --output do not go together");
    /* --stats counts removals, which the library records only when asked;
     * the records show them only with --explain */
    if (o->explain || o->stats)
        o->nopt.flags |= NN_OPT_EXPLAIN;
    if (o->explain)
        o->render = NN_OPT_EXPLAIN;
    if (o->dedup)
        o->render |= NN_OPT_DEDUP;
    if (o->error_records &&
        (o->fmt == NN_FORMAT_TEXT || o->fmt == NN_FORMAT_MARKDOWN))
        return usage_error("%s", "--error-records needs -f jsonl, json or "
                                 "xml");
    o->sopt.max_size = o->nopt.max_size;
    return 0;
}

int main(int argc, char **argv)
{
    cli_opts o;
    cli_inputs in;
    nn_profiles *ps = NULL;
    const char *dump = NULL;
    int list = 0;
    long n;
    int c, rc;

    /* past a file size limit (ulimit -f), fail the write and say so
     * rather than die; SIGPIPE keeps its default: `newsnorm | head` ends
     * quietly */
    signal(SIGXFSZ, SIG_IGN);
#ifdef __GLIBC__
    /* a batch frees and reallocates the same amounts article after
     * article: keep freed memory rather than hand it back each time (with
     * threads, each trim is an madvise and a TLB shootdown on every CPU,
     * dear in VMs); the peak is the same */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
    memset(&o, 0, sizeof o);
    o.fmt = NN_FORMAT_JSONL;
    o.glob = NULL; /* *.txt, *.html, *.htm (walk.c) */
    o.progress = -1;
    o.dedup_distance = 3;
    n = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = n > 0 ? (int)(n > 256 ? 256 : n) : 1;

    while ((c = getopt_long(argc, argv, "ro:f:j:qh", longopts, NULL)) != -1)
        if ((rc = parse_option(&o, c, &dump, &list)) >= 0)
            return rc;
    /* the profiles are known once every --rules is read */
    if ((rc = profile_options(&o, &ps, list, dump)) != 0) {
        if (rc < 0)
            return NN_EXIT_USAGE;
        return close_stdout() ? NN_EXIT_FAIL : NN_EXIT_OK;
    }
    if ((rc = settle_options(&o)) != 0)
        return rc;

    /* Records go out in 64 KiB writes when stdout is a pipe or a file
     * (stdio's default is 4 KiB, a write for every record or so); a
     * terminal still sees each line as it is written. */
    if (!isatty(STDOUT_FILENO) && !o.line_buffered)
        setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf); /* glibc ignores
                                                the size without a buffer */
    cli_collect(&o, argv + optind, argc - optind, &in);
    rc = cli_run(&o, &in);
    cli_inputs_free(&in);
    nn_profiles_free(ps); /* after every normalizer (cli_run) */
    if (close_stdout() && rc == NN_EXIT_OK)
        rc = NN_EXIT_FAIL;
    return rc;
}
