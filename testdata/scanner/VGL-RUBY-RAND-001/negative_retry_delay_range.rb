class ResetTokenDeliveryJob < ApplicationJob
  def perform(user_id)
    user = User.find(user_id)
    token = user.signed_id(purpose: :password_reset, expires_in: 15.minutes)
    PasswordMailer.with(user: user, token: token).reset.deliver_now
  rescue Net::SMTPServerBusy
    delay = rand(1..5)
    retry_job wait: delay.seconds
  end

  def backoff_for_reset(attempt)
    self.class.set(wait: rand(10..30).seconds * attempt).perform_later(arguments.first)
  end
end
