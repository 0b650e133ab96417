module UsersHelper
  # raw(x) is x.html_safe: a model attribute users write is markup.
  def bio_html(user)
    raw(user.bio) # vigil:expect VGL-RUBY-XSS-002
  end

  def title_html(post)
    raw "<h2>#{post.title}</h2>" # vigil:expect VGL-RUBY-XSS-002
  end
end
