package org.eden.portail.cdap;

import java.sql.SQLException;

/** Stores generated files in the beneficiary base's tables. */
public interface EcritureDossiers extends AutoCloseable {

    void ecrire(DossierGenere dossier) throws SQLException;

    /** Writes what is still buffered. */
    @Override
    void close() throws SQLException;
}
