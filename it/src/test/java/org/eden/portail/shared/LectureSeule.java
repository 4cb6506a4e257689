package org.eden.portail.shared;

import jakarta.transaction.UserTransaction;

/**
 * In-container tests: checks that read what an earlier step committed, in a transaction of their
 * own that is rolled back, so that they change nothing the next tests rely on. {@link Deploiement}
 * adds this class to every test EAR.
 */
public final class LectureSeule {

    /** Checks that may read through repositories and JDBC, and throw. */
    @FunctionalInterface
    public interface Verification {
        void verifier() throws Exception;
    }

    private LectureSeule() {
    }

    public static void verifier(UserTransaction transaction, Verification verification) throws Exception {
        transaction.begin();
        try {
            verification.verifier();
        } finally {
            transaction.rollback();
        }
    }
}
