package org.eden.portail.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Causes built by hand, as EclipseLink wraps them: PersistenceException → DatabaseException → SQLException. */
class ViolationUniciteTest {

    private static final String PG = "ERROR: duplicate key value violates unique constraint \"uk_convention_organisme_actif\"\n"
            + "  Detail: Key (organisme_actif)=(5) already exists.";
    private static final String PG_FR = "ERREUR: la valeur d'une clé dupliquée rompt la contrainte unique « uk_habilitation_en_vigueur »";
    private static final String H2 = "Unique index or primary key violation: \"PUBLIC.UK_CONVENTION_ORGANISME_ACTIF_INDEX_9 ON "
            + "PUBLIC.CONVENTION(ORGANISME_ACTIF NULLS FIRST) VALUES ( /* 1 */ CAST(5 AS BIGINT) )\"; SQL statement:\n"
            + "INSERT INTO convention VALUES (2, 5) [23505-224]";

    /** What EclipseLink throws at flush: the SQLException two levels down. */
    private static PersistenceException auFlush(SQLException sql) {
        RuntimeException databaseException = new RuntimeException("Internal Exception: " + sql, sql);
        return new PersistenceException("Exception [EclipseLink-4002]", databaseException);
    }

    @Test
    @DisplayName("23505 sur la contrainte nommée (PostgreSQL, message anglais ou français ; H2) : violation d'unicité")
    void violationDeLaContrainte() {
        assertTrue(ViolationUnicite.est(auFlush(new SQLException(PG, "23505")), "uk_convention_organisme_actif"));
        assertTrue(ViolationUnicite.est(auFlush(new SQLException(PG_FR, "23505")), "uk_habilitation_en_vigueur"));
        assertTrue(ViolationUnicite.est(auFlush(new SQLException(H2, "23505", 23505)), "uk_convention_organisme_actif"));
        assertTrue(ViolationUnicite.est(auFlush(new SQLException(PG, "23505")), null), "any unique violation");
    }

    @Test
    @DisplayName("23505 sur une autre contrainte : ce n'est pas la règle, l'erreur est relancée")
    void autreContrainte() {
        assertFalse(ViolationUnicite.est(auFlush(new SQLException(PG, "23505")), "uk_habilitation_en_vigueur"));
        // The whole name only: a constraint whose name starts like another one is another one.
        assertFalse(ViolationUnicite.est(auFlush(new SQLException(PG, "23505")), "uk_convention"));
        assertFalse(ViolationUnicite.est(auFlush(new SQLException(H2, "23505")), "uk_convention_organisme"));
    }

    @Test
    @DisplayName("Interblocage (40P01), connexion perdue (08006), pas de SQLException : pas une violation d'unicité")
    void autresErreurs() {
        assertFalse(ViolationUnicite.est(auFlush(new SQLException("ERROR: deadlock detected", "40P01")), "uk_convention_organisme_actif"));
        assertFalse(ViolationUnicite.est(auFlush(new SQLException("ERROR: deadlock detected", "40P01")), null));
        assertFalse(ViolationUnicite.est(auFlush(new SQLException("An I/O error occurred while sending to the backend.", "08006")), null));
        // Even when the message names the constraint, the state decides.
        assertFalse(ViolationUnicite.est(auFlush(new SQLException(PG, "08006")), "uk_convention_organisme_actif"));
        assertFalse(ViolationUnicite.est(new PersistenceException("optimistic lock"), null));
        assertFalse(ViolationUnicite.est(null, null));
    }

    @Test
    @DisplayName("Écriture par lots : la violation est dans les exceptions suivantes du BatchUpdateException")
    void ecritureParLots() {
        BatchUpdateException lot = new BatchUpdateException("Batch entry 0 INSERT INTO habilitation … was aborted", null, new int[0]);
        lot.setNextException(new SQLException(PG_FR, "23505"));
        assertTrue(ViolationUnicite.est(auFlush(lot), "uk_habilitation_en_vigueur"));

        BatchUpdateException interblocage = new BatchUpdateException("Batch entry 0 … was aborted", null, new int[0]);
        interblocage.setNextException(new SQLException("ERROR: deadlock detected", "40P01"));
        assertFalse(ViolationUnicite.est(auFlush(interblocage), null));
    }

    @Test
    @DisplayName("Une chaîne de causes qui boucle ne fait pas boucler la recherche")
    void chaineQuiBoucle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(ViolationUnicite.est(a, null));
    }
}
