package org.eden.portail.shared;

import java.io.Serializable;

/**
 * One service on the home page: its name, what it is for, where it leads, and the permission
 * without which it is not shown. The pages read its components through {@link ResolveurRecords}.
 */
public record Tuile(String titre, String description, String icone, String lien, String permission) implements Serializable {
}
