package org.eden.portail.incident;

import java.io.Serializable;
import java.util.List;

/** One page of a list of incidents and its total. */
public record PageIncidents(List<IncidentVue> incidents, long total) implements Serializable {
}
