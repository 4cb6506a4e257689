package org.eden.portail.shared;

import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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

    /** The number a query answers (a COUNT, a SUM: 0 for none), read by JDBC: what no repository shows. */
    public static long nombre(DataSource base, String sql, Object... parametres) throws SQLException {
        try (Connection connexion = base.getConnection(); PreparedStatement requete = connexion.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                requete.setObject(i + 1, parametres[i]);
            }
            try (ResultSet rs = requete.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
