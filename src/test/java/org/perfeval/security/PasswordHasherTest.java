package org.perfeval.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesOnlyTheRightPasswordAndSaltsEachHash() {
        String hash = PasswordHasher.hash("demo");
        assertTrue(hash.startsWith("pbkdf2-sha256$"));
        assertTrue(PasswordHasher.verify("demo", hash));
        assertFalse(PasswordHasher.verify("Demo", hash));
        assertFalse(PasswordHasher.verify("demo", "plain-text"));
        assertNotEquals(hash, PasswordHasher.hash("demo"));
    }
}
