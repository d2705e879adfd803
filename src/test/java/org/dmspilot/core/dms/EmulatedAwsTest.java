package org.dmspilot.core.dms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that run against a fresh emulated AWS account per test. */
abstract class EmulatedAwsTest {
    DmsFixture f;

    @BeforeEach
    void startEmulator() throws Exception {
        f = new DmsFixture();
    }

    @AfterEach
    void stopEmulator() {
        f.close();
    }
}
