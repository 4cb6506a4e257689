package org.eden.portail.trace;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The trace table. Append-only (R-TRACE-1): there is no update and no delete here, except
 * {@link #purgerAvant(long, Instant)}, the retention purge's, which is also the only delete the PostgreSQL
 * schema lets through.
 */
public interface TraceRepository {

    /** The head of the chain, locked until the end of the transaction: the sealer's and the purge's. */
    TeteChaine teteVerrouillee();

    /** The head as last committed, not locked (verification). */
    TeteChaine tete();

    /** Writes a trace waiting to be sealed: no lock, no read of the chain. */
    void ajouter(Trace trace);

    /** The oldest traces waiting to be sealed, in the order they were written (their id), at most {@code nombre}. */
    List<Trace> aSceller(int nombre);

    /** How many traces wait to be sealed, and since when the oldest one does. */
    AttenteScellement attente();

    /** The sealed trace of that rang. */
    Optional<Trace> trace(long rang);

    /**
     * Traces after (apresRang, apresId) and up to rang jusquARang, in (rang, id) order, at most
     * {@code nombre}. The next page starts after the last trace read, its rang and its id: rang is
     * not unique in the schema (partitioned on PostgreSQL), and a rang found twice must reach the
     * verification even when the two rows straddle two pages.
     */
    List<Trace> page(long apresRang, long apresId, long jusquARang, int nombre);

    /** The rang of the oldest trace at or after {@code limite}, if any. */
    Optional<Long> premierRangDepuis(Instant limite);

    /**
     * Deletes every trace before {@code rang}, all older than {@code limite}. Only the retention
     * purge calls it, in a transaction that already holds the head of the chain. On PostgreSQL it
     * first drops the month partitions wholly before {@code limite} that hold only such traces, then
     * deletes the rest row by row, having set the transaction-local {@code eden.purge} that the
     * schema's trigger requires; on H2 it deletes rows.
     *
     * @return how many traces were removed, dropped partitions included
     */
    long purgerAvant(long rang, Instant limite);

    /**
     * Creates the month partitions of these months if missing (PostgreSQL; nothing on H2).
     *
     * @return the partitions created
     */
    List<String> assurerPartitions(YearMonth... mois);

    void enregistrer(PurgeTraces purge);

    /** The anchor of the chain after the latest successful purge that removed traces. */
    Optional<PurgeTraces> derniereAncre();

    List<PurgeTraces> purges();

    // --- reading (R-TRACE-4): the SQL of RequeteTraces, run natively, rows never managed ---------

    /** One page of the traces the query selects, sorted by the database. */
    List<LigneTrace> lire(RequeteTraces requete, TriTraces tri, boolean croissant, int debut, int nombre);

    long compter(RequeteTraces requete);

    /** A batch of the export: at most {@code nombre} traces older (by rang) than {@code avantRang} (null: from the newest). */
    List<LigneTrace> lot(RequeteTraces requete, Long avantRang, int nombre);
}
