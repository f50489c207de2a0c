/**
 * Discussion around residents' contributions. So far: reactions ("like") to ideas, one per resident and idea,
 * guaranteed by the database's primary key; a like is stored by its own short transaction so that two racing requests
 * end with one row and no error for the person.
 */
package pl.wiec.discussion;
