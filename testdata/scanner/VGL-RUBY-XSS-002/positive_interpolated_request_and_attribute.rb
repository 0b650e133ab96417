module SearchHelper
  def query_echo
    "<p>You searched for #{params[:q]}</p>".html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def card(post)
    %(<div class="card">#{post.summary}</div>).html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def badge(user, closed = false)
    "<span>#{user.nickname}#{closed ? "</span>" : ""}".html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def rows(entries)
    entries.map do |entry| # vigil:expect VGL-RUBY-XSS-002
      content_tag(:td, entry.id)
      "<td>#{entry.note}</td>"
    end.join.html_safe
  end
end
