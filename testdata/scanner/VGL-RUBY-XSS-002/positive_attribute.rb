module ProfilesHelper
  def bio(user)
    user.bio.html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def banner
    @banner_html.html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end

module NotesHelper
  def note_text(note)
    note.text.to_s.html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def notes(list)
    (list.map(&:body).join("\n") + "\n").html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end
