package pl.wiec.municipality.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A topic a project is about (greenery, transport, culture...). */
@Entity
@Table(name = "topic")
public class Topic extends NamedEntry {

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    protected Topic() {
    }

    public Topic(String namePl, String nameEn, int position) {
        name(namePl, nameEn, position);
    }

    @Override
    public void rename(String[] fields, int position) {
        name(fields[0], fields[1], position);
    }

    @Override
    public Long id() {
        return id;
    }
}
