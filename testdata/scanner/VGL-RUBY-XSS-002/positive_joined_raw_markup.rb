module ListHelper
  def tag_list(tags)
    tags.map { |t| "<li>#{t.name}</li>" }.join.html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def render_bio(user)
    render_markdown(user.bio).html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def mixed(items)
    items.map { |i| content_tag(:b, i.title) + "<i>#{i.note}</i>" }.join.html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end
