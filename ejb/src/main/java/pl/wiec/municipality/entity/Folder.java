package pl.wiec.municipality.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A folder that groups projects residents see together (e.g. "Budżet obywatelski 2027", "Konsultacje planistyczne"). A
 * project is in one folder or none.
 */
@Entity
@Table(name = "project_folder")
public class Folder extends NamedEntry {

    @Id
    @SequenceGenerator(name = "folder_seq", sequenceName = "folder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "folder_seq")
    private Long id;

    protected Folder() {
    }

    public Folder(String namePl, String nameEn, int position) {
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
