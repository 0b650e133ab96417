# Issues and reads API tokens with a key written in the code.
class TokenService
  ALGORITHM = "HS256".freeze

  def issue(user)
    JWT.encode({ sub: user.id, exp: 1.hour.from_now.to_i }, "q8W!zR2#vN5pL0tY", ALGORITHM) # vigil:expect VGL-RUBY-SECRET-001
  end

  def read(token)
    JWT.decode(token, "q8W!zR2#vN5pL0tY", true, algorithm: ALGORITHM).first # vigil:expect VGL-RUBY-SECRET-001
  end
end
