package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BearerTokenTest {
    @Test
    void admitsOnlyTheExactTokenWithTheBearerScheme() {
        BearerToken token = new BearerToken("s3cret-token");
        assertTrue(token.admits("Bearer s3cret-token"));
        assertTrue(token.admits("bearer s3cret-token"));
        assertFalse(token.admits("Bearer s3cret-toke"));
        assertFalse(token.admits("Bearer s3cret-token2"));
        assertFalse(token.admits("Basic s3cret-token"));
        assertFalse(token.admits("s3cret-token"));
        assertFalse(token.admits(null));
        assertFalse(token.admits("Bearer "));
    }

    @Test
    void withoutATokenNothingIsAdmitted() {
        BearerToken none = new BearerToken(null);
        assertFalse(none.configured());
        assertFalse(none.admits("Bearer "));
        assertFalse(none.admits("Bearer null"));
    }
}
