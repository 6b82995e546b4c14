/* A C program using the Rust tokenizer through include/tokenizer.h.
 * Build (see README): gcc -std=c99 -Iinclude c/demo.c -Ltarget/debug -ltokenizer */
#include "tokenizer.h"

#include <stdio.h>
#include <string.h>

/* Prints the thread's last error and answers 1. */
static int report(const char *what) {
    fprintf(stderr, "%s failed (%d): %s\n", what, (int)tok_last_error_code(), tok_last_error_message());
    return 1;
}

/* Every token of `text`, one per line, through a tokenizer handle. */
static int list_tokens(const char *text) {
    tok_tokenizer *tokenizer = NULL;
    tok_token token;
    bool more = false;
    size_t count = 0;

    if (tok_tokenizer_new(text, strlen(text), &tokenizer) != TOK_OK) {
        return report("tok_tokenizer_new");
    }
    for (;;) {
        char *kind = NULL, *spelling = NULL;
        if (tok_tokenizer_next(tokenizer, &token, &more) != TOK_OK) {
            report("tok_tokenizer_next");
            break;
        }
        if (!more) {
            break;
        }
        if (tok_kind_name(token.kind, &kind) != TOK_OK || tok_tokenizer_text(tokenizer, &token, &spelling) != TOK_OK) {
            tok_string_free(kind);
            report("reading a token");
            break;
        }
        printf("%u:%u %-6s %s\n", token.line, token.column, kind, spelling);
        tok_string_free(kind);
        tok_string_free(spelling);
    }
    tok_tokenizer_count(tokenizer, &count);
    printf("%zu tokens\n", count);
    tok_tokenizer_free(tokenizer);
    return 0;
}

int main(int argc, char **argv) {
    const char *text = argc > 1 ? argv[1] : "total = price * 1.25 + \"tax\"\nprint(total)";
    tok_token tokens[4];
    size_t count = 0;
    int32_t status;

    if (list_tokens(text) != 0) {
        return 1;
    }

    /* The whole text into a caller's array: too small here, and the error says why. */
    status = tok_tokenize(text, strlen(text), tokens, 4, &count);
    printf("tok_tokenize into 4 slots: status %d (%s)\n", (int)status,
           status == TOK_ERR_NO_ROOM ? tok_last_error_message() : "ok");

    /* An error with its position. */
    status = tok_tokenize("x = \"open", 9, tokens, 4, &count);
    printf("unterminated: status %d (%s)\n", (int)status, tok_last_error_message());

    /* C breaking the contract Rust can check: a NULL text with a length. */
    status = tok_tokenize(NULL, 3, tokens, 4, &count);
    printf("NULL text: status %d (%s)\n", (int)status, tok_last_error_message());
    return 0;
}
