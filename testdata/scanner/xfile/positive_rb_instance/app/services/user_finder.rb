class UserFinder
  def by_name(name)
    User.where("name = '#{name}'") # vigil:expect VGL-RUBY-SQLI-001
  end
end
