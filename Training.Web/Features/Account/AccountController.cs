using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Audit;
using Training.Web.Startup;

namespace Training.Web.Features.Account;

[Route("account")]
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInSessions sessions,
    AuditService audit, TextCatalog text) : Controller
{
    /// <summary>Who a sign-in attempt with an address no account has is recorded as: the typed text is not kept.</summary>
    private const string UnknownAccount = "?";

    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Public),
     CountsMisses(RateLimits.SignInMisses, InvalidFormIsMiss = true)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form);
        await LeaveCurrentSessionAsync();
        var user = await users.FindByNameAsync(form.Email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The same work as checking a real password, so neither the answer nor its time tells an unknown or a locked account.
            hasher.VerifyHashedPassword(user ?? new AppUser(), Argon2PasswordHasher.Unmatchable, form.Password);
            await audit.RecordAsync("Account.SignInFailed", "User", user?.Id, user is null ? "reason=unknown" : "reason=locked", user?.UserName ?? UnknownAccount);
            return Refused(form);
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync("Account.SignedIn", "User", user.Id, "step=password", user.UserName);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : Url.Action("Index", "Home")!);
        }
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginCode), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
        await audit.RecordAsync(result.IsLockedOut ? "Account.LockedOut" : "Account.SignInFailed", "User", user.Id, "reason=password", user.UserName);
        return Refused(form);
    }

    /// <summary>The same words for an unknown address, a wrong password and a locked account: the form does not tell which accounts exist.</summary>
    private ViewResult Refused(LoginForm form)
    {
        ModelState.AddModelError("", text["Account.LoginFailed"]);
        form.Password = "";
        return View(form);
    }

    /// <summary>
    /// A sign-in always starts a new session on the server: the one this browser held before, whoever's it was, ends,
    /// and its id is never carried over to the new user.
    /// </summary>
    private async Task LeaveCurrentSessionAsync()
    {
        await sessions.EndAsync(User.FindFirst(SignInSessions.Claim)?.Value);
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes.</summary>
    [AllowAnonymous, HttpGet("login/code")]
    public async Task<IActionResult> LoginCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToAction(nameof(Login)) : View(new CodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login/code"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Public),
     CountsMisses(RateLimits.SignInMisses, InvalidFormIsMiss = true)]
    public async Task<IActionResult> LoginCode(CodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return RedirectToAction(nameof(Login));
        if (!ModelState.IsValid)
            return View(form);
        await LeaveCurrentSessionAsync();
        // Six digits from the app, or a recovery code as it was shown (with its dash).
        var code = form.Code.Replace(" ", "");
        var result = AppCode(code) is { } digits
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.RecordAsync("Account.SignedIn", "User", user.Id, "step=code", user.UserName);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : Url.Action("Index", "Home")!);
        }
        await audit.RecordAsync(result.IsLockedOut ? "Account.LockedOut" : "Account.SignInFailed", "User", user.Id, "reason=code", user.UserName);
        ModelState.AddModelError(nameof(form.Code), result.IsLockedOut ? text["Account.LockedOut"] : text["Account.CodeWrong"]);
        form.Code = "";
        return View(form);
    }

    /// <summary>The six digits of an authenticator code, or null when <paramref name="code"/> is something else.</summary>
    private static string? AppCode(string code) =>
        code.Replace(" ", "").Replace("-", "") is { Length: 6 } digits && digits.All(char.IsAsciiDigit) ? digits : null;

    /// <summary>The signed-in person's own security: password, and two-factor sign-in.</summary>
    [HttpGet("security")]
    public async Task<IActionResult> Security() => View(await SecurityPageAsync(null));

    [HttpPost("security/password")]
    public async Task<IActionResult> ChangePassword(PasswordForm form)
    {
        var user = (await users.GetUserAsync(User))!;
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (changed.Succeeded)
            {
                // Whoever else holds a session of this account (a stolen cookie, a forgotten browser) is out from now on.
                await sessions.EndOthersAsync(user.Id, User.FindFirst(SignInSessions.Claim)?.Value);
                await signIn.RefreshSignInAsync(user);
                await audit.RecordAsync("Account.PasswordChanged", "User", user.Id);
                TempData["Status"] = text["Account.PasswordChanged"];
                return RedirectToAction(nameof(Security));
            }
            foreach (var error in changed.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword),
                    error.Code == "PasswordMismatch" ? text["Account.CurrentPasswordWrong"] : error.Description);
        }
        return View("Security", await SecurityPageAsync(null));
    }

    /// <summary>Turns two-factor sign-in on once the app shows a code that matches; the recovery codes are shown once.</summary>
    [HttpPost("security/authenticator")]
    public async Task<IActionResult> EnableAuthenticator(string? code)
    {
        var user = (await users.GetUserAsync(User))!;
        if (AppCode(code ?? "") is not { } digits || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            ModelState.AddModelError("code", text["Account.CodeWrong"]);
            return View("Security", await SecurityPageAsync(null));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync("Account.TwoFactorOn", "User", user.Id);
        TempData["Status"] = text["Account.TwoFactorOn"];
        return View("Security", await SecurityPageAsync(recovery));
    }

    [HttpPost("security/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes(string? confirmation)
    {
        var user = (await users.GetUserAsync(User))!;
        if (!user.TwoFactorEnabled)
            return RedirectToAction(nameof(Security));
        if (!await ConfirmedAsync(user, confirmation))
        {
            ModelState.AddModelError("recovery-confirmation", text["Account.ConfirmationWrong"]);
            return View("Security", await SecurityPageAsync(null));
        }
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await audit.RecordAsync("Account.RecoveryCodesRenewed", "User", user.Id);
        return View("Security", await SecurityPageAsync(recovery));
    }

    [HttpPost("security/authenticator/off")]
    public async Task<IActionResult> DisableAuthenticator(string? confirmation)
    {
        var user = (await users.GetUserAsync(User))!;
        if (TwoFactor.Required(HttpContext.RequestServices, User))
        {
            TempData["Error"] = text["Account.TwoFactorRequired"];
            return RedirectToAction(nameof(Security));
        }
        if (!await ConfirmedAsync(user, confirmation))
        {
            ModelState.AddModelError("off-confirmation", text["Account.ConfirmationWrong"]);
            return View("Security", await SecurityPageAsync(null));
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync("Account.TwoFactorOff", "User", user.Id);
        TempData["Status"] = text["Account.TwoFactorOff"];
        return RedirectToAction(nameof(Security));
    }

    /// <summary>
    /// Whether the person at the keyboard proved again who they are, with the current password or a code from the app:
    /// a session left open is not enough to weaken the account. Wrong passwords count towards the lockout.
    /// </summary>
    private async Task<bool> ConfirmedAsync(AppUser user, string? confirmation)
    {
        if (string.IsNullOrWhiteSpace(confirmation))
            return false;
        if (AppCode(confirmation) is { } digits)
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
        return (await signIn.CheckPasswordSignInAsync(user, confirmation, lockoutOnFailure: true)).Succeeded;
    }

    private async Task<SecurityPage> SecurityPageAsync(IReadOnlyList<string>? recoveryCodes)
    {
        var user = (await users.GetUserAsync(User))!;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = TwoFactor.Uri(text["App.ShortName"], user.Email!, key!);
        return new SecurityPage(new PasswordForm(), user.TwoFactorEnabled, TwoFactor.Readable(key!), uri, await users.CountRecoveryCodesAsync(user), recoveryCodes,
            TwoFactor.Required(HttpContext.RequestServices, User));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // Ended on the server too: a copy of the cookie is refused from now on.
        await sessions.EndAsync(User.FindFirst(SignInSessions.Claim)?.Value);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}

public sealed class LoginForm
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class CodeForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(20, ErrorMessage = "Validation.TooLong"), Display(Name = "Account.Code")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class PasswordForm
{
    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Account.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), StringLength(256, ErrorMessage = "Validation.TooLong"), Display(Name = "Account.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Compare(nameof(NewPassword), ErrorMessage = "Account.PasswordsDiffer"), Display(Name = "Account.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed record SecurityPage(PasswordForm Password, bool TwoFactorEnabled, string Key, string AuthenticatorUri, int RecoveryCodesLeft,
    IReadOnlyList<string>? NewRecoveryCodes, bool TwoFactorRequired);
