package org.eden.portail.tableaudebord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the dashboards' warehouses read their tables in plain JDBC, written once: a query, its
 * positional parameters, one object a row.
 */
final class LectureSql {

    /** One row of the result read as an object. */
    @FunctionalInterface
    interface Lecteur<T> {
        T lire(ResultSet rs) throws SQLException;
    }

    private LectureSql() {
    }

    /** Every row of the query, on the caller's connection (and so in its transaction). */
    static <T> List<T> lignes(Connection c, String sql, Lecteur<T> lecteur, Object... parametres) throws SQLException {
        List<T> lignes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                ps.setObject(i + 1, parametres[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lignes.add(lecteur.lire(rs));
                }
            }
        }
        return lignes;
    }

    /** Every row of the query, on a connection of its own. */
    static <T> List<T> lignes(DataSource dataSource, String sql, Lecteur<T> lecteur, Object... parametres) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return lignes(c, sql, lecteur, parametres);
        }
    }
}
