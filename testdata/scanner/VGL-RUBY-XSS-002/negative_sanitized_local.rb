# Text a helper made safe itself before marking it: a local set once from
# a sanitizer or an escaper (the caller may only opt out through its
# options), printed as is, defaulted, or split and re-joined.
module SearchResultHelper
  def mark_terms(text, terms, options = {})
    text = sanitize(text) if options.fetch(:sanitize, true)

    if text.blank? || terms.empty?
      text || ""
    else
      re = Regexp.union(terms)
      text.split(/(<[^>]*>)/).each { |part| part.gsub!(re, '<b>\0</b>') unless part.start_with?("<") }.join
    end.html_safe
  end

  def summary_of(comment)
    summary = h(comment.body.truncate(80))
    (summary || "").html_safe
  end

  def note_lines(note)
    body = ERB::Util.html_escape(note.body)
    (body.empty? ? "&nbsp;" : body.gsub("\n", "<br>")).html_safe
  end
end
